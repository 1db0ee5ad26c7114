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

/** A phrase as the start of a sentence ("the “Price” column shows…" → "The “Price” column shows…"). */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}
