import type { TargetId } from './targets'
import type { LocalizedText } from './text'

/*
 * What the Review step sees of an open spreadsheet: every data row with its
 * cells by column index and its problems, each problem pinned to the column
 * the user can fix it in. The rows themselves stay in the core; the screen
 * asks for them a page at a time.
 */

/** Which rows a page is taken from: every row, or only those with an error. */
export const REVIEW_FILTERS = ['all', 'attention'] as const

/** One of REVIEW_FILTERS. */
export type ReviewFilter = (typeof REVIEW_FILTERS)[number]

/** The most rows one `review:rows` answer carries. */
export const MAX_REVIEW_PAGE = 500

/** Excel's own limit on the text of one cell; an edit can't be longer. */
export const MAX_CELL_TEXT = 32_767

/**
 * Counts for the summary bar, over the rows checked so far (a large file
 * is checked while its first rows are already shown): `ready +
 * needsAttention === checked` always, and `checked === total` once every
 * row is checked; `warnings` counts rows with a warning, ready or not.
 */
export interface ReviewSummary {
  readonly total: number
  /** Rows checked so far, in order from the first. */
  readonly checked: number
  /** Rows without errors: what would be sent. */
  readonly ready: number
  /** Rows with at least one error: skipped until fixed. */
  readonly needsAttention: number
  /** Rows with at least one warning. */
  readonly warnings: number
}

/** One column of the sheet as the grid shows it, with what it feeds. */
export interface ReviewColumn {
  readonly index: number
  /** Its letter in the source sheet ("E"), blank columns dropped on reading counted, so it can be found in Excel. */
  readonly letter: string
  readonly header: string
  /** The catalog field this column feeds, or null. */
  readonly field: string | null
  /** The extra key (metadata / dynamic property) this column feeds, or null. */
  readonly extraKey: string | null
}

/** One problem of a row, placed on the column that holds the value to fix. */
export interface ReviewIssue {
  /** The column whose cell is wrong; null for a problem of the whole row or of a fixed value. */
  readonly column: number | null
  /** The field the problem is in, or null for the row as a whole. */
  readonly field: string | null
  readonly code: string
  readonly message: LocalizedText
  readonly severity: 'error' | 'warning'
}

/** One data row: where it is, what it says, and what is wrong with it. */
export interface ReviewRow {
  /** Position among the data rows (0 = the first row under the header); how edits and uploads name a row. */
  readonly index: number
  /** 1-based row number in the source sheet, as Excel shows it. */
  readonly rowNumber: number
  readonly cells: readonly string[]
  readonly issues: readonly ReviewIssue[]
}

/** The answer of `review:summary`: the counts and the grid's columns. */
export interface ReviewOverview {
  readonly target: TargetId
  readonly summary: ReviewSummary
  readonly columns: readonly ReviewColumn[]
}

/** The answer of `review:rows`: how many rows match the filter, and the asked-for slice of them. */
export interface ReviewPage {
  readonly matching: number
  readonly rows: readonly ReviewRow[]
}

/** The answer of `review:edit-cell`. */
export interface ReviewEdit {
  /** The edited row, re-checked. */
  readonly row: ReviewRow
  /** Other rows whose problems changed (a duplicate appeared or went away). */
  readonly others: readonly ReviewRow[]
  /** True when so many other rows changed that the screen should fetch its pages again instead. */
  readonly refetch: boolean
  readonly summary: ReviewSummary
}
