import type { LocalizedText } from '../../shared/text'

/** How much a problem matters: errors stop the row from being sent, warnings only inform. */
export type IssueSeverity = 'error' | 'warning'

/** One problem with one row, worded for shop staff with the fix, in both languages. */
export interface RowIssue {
  /** The field (mapped-row key) the problem is in, or null for the row as a whole. */
  readonly field: string | null
  /** Stable machine key, e.g. 'required', 'not-allowed', 'duplicate-in-file'. */
  readonly code: string
  readonly message: LocalizedText
  readonly severity: IssueSeverity
}

/** The result of checking one row. */
export interface RowCheck {
  /** The row's 1-based number in the source sheet. */
  readonly rowNumber: number
  readonly issues: RowIssue[]
}

/** Options for validateRows. */
export interface ValidateOptions {
  /** Header text of the column that feeds each field, so fixes name the user's own column; default: the field's label. */
  readonly columnNames?: ReadonlyMap<string, string>
  /** The sheet letter of the column that feeds each field (as Excel shows it: blank columns dropped on reading still count), so fixes say "column E". */
  readonly columnLetters?: ReadonlyMap<string, string>
  /** Warn about rows that are the template's example row (default true). */
  readonly checkTemplateExample?: boolean
}

/** Counts for the review summary ("1,204 rows ready, 37 need attention"). */
export interface CheckSummary {
  /** Rows without errors (they may have warnings). */
  readonly ready: number
  /** Rows with at least one error. */
  readonly needsAttention: number
  /** Rows with at least one warning. */
  readonly warnings: number
}
