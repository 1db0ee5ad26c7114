/**
 * The shape a spreadsheet takes once read: rows as arrays of text by column
 * index (never objects keyed by header text), each remembering its row number
 * in the source sheet so reports can point back to it.
 */
export interface SheetRow {
  /** 1-based row number in the source sheet, as Excel shows it. */
  readonly rowNumber: number
  /** Cell texts by column index; '' for an empty cell. */
  readonly cells: readonly string[]
}

/** File formats Sheetport reads. */
export type SheetFormat = 'xlsx' | 'xls' | 'csv' | 'tsv' | 'ods'

/** One visible sheet as the sheet picker lists it. */
export interface SheetSummary {
  readonly name: string
  /**
   * Rows under its header row (0 for an empty or memo sheet: no row naming
   * at least two columns, or nothing under it); null when it was not counted
   * (another sheet was read by name).
   */
  readonly rowCount: number | null
}

/** What the reader learned about a file before the user picks a sheet. */
export interface WorkbookInfo {
  readonly fileName: string
  readonly format: SheetFormat
  /** Text encoding detected for CSV/TSV (e.g. 'utf-8', 'euc-kr'); null for workbooks. */
  readonly encoding: string | null
  /**
   * True when that encoding was a guess: the bytes fit none cleanly, or two
   * about as well. The app and the CLI then say which was assumed and how to
   * save the file as "CSV UTF-8" in Excel. Absent: not a guess.
   */
  readonly encodingUnsure?: boolean
  /** Visible sheets in workbook order (hidden ones are never offered). */
  readonly sheetNames: readonly string[]
  /** The same sheets with their row counts, for the sheet picker and for naming the sheets that have rows. */
  readonly sheets: readonly SheetSummary[]
  /** sha256 of the file bytes, hex: lets a resumed job prove it has the same file. */
  readonly fingerprint: string
  readonly sizeBytes: number
}

/** One sheet, read and normalised, with the header row located. */
export interface SheetTable {
  readonly sheetName: string
  /** Every non-blank row of the sheet, in order, including rows above the header. */
  readonly rows: readonly SheetRow[]
  /** Index into `rows` of the header row (found automatically; the user may change it). */
  readonly headerIndex: number
  /** Number of columns after dropping blank trailing/empty columns. */
  readonly columnCount: number
  /** Where each kept column is in the sheet (0 is column A), since blank columns were dropped; absent: 0, 1, 2 … */
  readonly sheetColumns?: readonly number[]
}

/** A data row by its place among the data rows (0 = the first row under the header), as jobs and reports name rows; undefined past the end. */
export function dataRowAt(table: SheetTable, index: number): SheetRow | undefined {
  return table.rows[table.headerIndex + 1 + index]
}

/**
 * A column's letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. So
 * people can find a cell Sheetport talks about ("column E") in Excel.
 */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** The sheet letter of each of a table's columns. */
export function columnLetters(table: SheetTable): string[] {
  return Array.from({ length: table.columnCount }, (_, i) => columnLetter(table.sheetColumns?.[i] ?? i))
}
