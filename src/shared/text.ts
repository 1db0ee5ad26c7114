/** A piece of user-facing text in both interface languages. */
export interface LocalizedText {
  readonly ko: string
  readonly en: string
}

/** The interface languages Sheetport ships. */
export type Language = 'ko' | 'en'

/** Names for a message, each in quotes: “상품”, “메모” — sheets to choose from, tasks someone may have meant. */
export function quotedNames(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(', ')
}
