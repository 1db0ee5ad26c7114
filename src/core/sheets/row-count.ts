import type { SheetRow, SheetSummary, SheetTable } from '../../shared/sheet'
import { headerLayout } from './header-layout'
import { dataRows, detectHeaderIndex } from './header-row'

// A header naming this many columns heads a table whatever its rows hold.
const MIN_HEADER_COLUMNS = 2
// How many rows of a one-column sheet are looked at to tell a list from a memo.
const LIST_SAMPLE_ROWS = 5
// A line of a memo: a sentence ("…입니다.", "…보세요"), a "담당: 김민지" note, or long text.
const SENTENCE = /[.!?。]$|(?:다|요)[.!]?$|[:：]\s|^.{41,}$|(?:\S+\s+){4}/u

function filled(row: SheetRow | undefined): string[] {
  return row?.cells.filter((c) => c !== '') ?? []
}

/**
 * True when the rows from `headerIndex` on are a table: the header names at
 * least two columns, or it is a one-column list (a column of product codes
 * for a delete) — a name and values, not the sentences of a memo sheet.
 */
function isTable(rows: readonly SheetRow[], headerIndex: number): boolean {
  const header = filled(rows[headerIndex])
  if (header.length >= MIN_HEADER_COLUMNS) return true
  if (header.length === 0) return false
  const sample = rows.slice(headerIndex, headerIndex + 1 + LIST_SAMPLE_ROWS).flatMap(filled)
  return !sample.some((text) => SENTENCE.test(text))
}

/**
 * The rows a sheet has under a header: the rows under its header row, or 0
 * when the sheet is no table but a memo (a few lines of text). Whether it is
 * a table is the sheet's own shape, so a header row the user picks by hand
 * still counts its rows. What the sheet picker shows and what "has rows"
 * means everywhere.
 */
export function tableRowCount(table: SheetTable): number {
  const streamed = streamedRowCounts.get(table)
  if (streamed !== undefined) return streamed
  return isTable(table.rows, detectHeaderIndex(table.rows)) ? dataRows(table).length : 0
}

/** Rows under the header of tables whose rows went to a stream (TableBuilder): they hold none themselves. */
const streamedRowCounts = new WeakMap<SheetTable, number>()

/** Records the rows under its header of a table whose rows were streamed, for tableRowCount. */
export function noteStreamedRowCount(table: SheetTable, rows: number): void {
  streamedRowCounts.set(table, rows)
}

/**
 * The same count for a sheet that is not built into a table: from its first
 * non-blank rows (at least LAYOUT_ROWS of them, when it has that many) and
 * the number of non-blank rows it has in all.
 */
export function rowsUnderHeader(firstRows: readonly SheetRow[], nonBlankRows: number): number {
  const { headerIndex, guidanceRows } = headerLayout(firstRows)
  if (!isTable(firstRows, headerIndex)) return 0
  return Math.max(0, nonBlankRows - headerIndex - 1 - guidanceRows)
}

/**
 * The sheet a file opens on, in the app and the command line alike: the
 * first visible one with rows under a header, else the first visible one.
 */
export function defaultSheetName(sheets: readonly SheetSummary[]): string | undefined {
  return (sheets.find((s) => (s.rowCount ?? 0) > 0) ?? sheets[0])?.name
}
