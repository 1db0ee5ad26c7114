/** A piece of user-facing text in both interface languages. */
export interface LocalizedText {
  readonly ko: string
  readonly en: string
}

/** The interface languages Sheetport ships. */
export type Language = 'ko' | 'en'
