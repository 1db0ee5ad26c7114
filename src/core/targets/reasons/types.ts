import type { LocalizedText } from '../../../shared/text'

/** A service answer rewritten for shop staff: a stable code (for grouping and reports) and what to do, in both languages. */
export interface Reason {
  readonly code: string
  readonly message: LocalizedText
}

/** Reason code → plain text with a suggested fix. */
export type ReasonTexts = Readonly<Record<string, LocalizedText>>
