/**
 * One cell of a practice sample, typed the way shop staff's Excel files hold
 * it: text (kept exactly, so codes like 002501 keep their leading zeros), a
 * number (prices, shown with thousands separators), or a calendar date.
 */
export type SampleCell = string | number | { readonly date: string }

/** A practice spreadsheet before it becomes .xlsx bytes: one sheet, with an optional title line above the headers. */
export interface SampleSheet {
  readonly sheetName: string
  /** A first line such as shops put above their tables; the reader must skip it to find the headers. */
  readonly title?: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly SampleCell[])[]
}
