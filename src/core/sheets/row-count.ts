import type { SheetRow, SheetSummary, SheetTable } from '../../shared/sheet'
import { headerLayout } from './header-layout'
import { dataRows, detectHeaderIndex } from './header-row'

// A table's header names at least two columns; a memo's first line of text names none.
const MIN_HEADER_COLUMNS = 2

function namesColumns(row: SheetRow | undefined): boolean {
  return (row?.cells.filter((c) => c !== '').length ?? 0) >= MIN_HEADER_COLUMNS
}

/**
 * The rows a sheet has under a header: the rows under its header row, or 0
 * when the sheet is no table — the header found in it names fewer than two
 * columns (a memo sheet, a single note). Whether it is a table is the
 * sheet's own shape, so a header row the user picks by hand still counts
 * its rows. What the sheet picker shows and what "has rows" means everywhere.
 */
export function tableRowCount(table: SheetTable): number {
  return namesColumns(table.rows[detectHeaderIndex(table.rows)]) ? dataRows(table).length : 0
}

/**
 * The same count for a sheet that is not built into a table: from its first
 * non-blank rows (at least LAYOUT_ROWS of them, when it has that many) and
 * the number of non-blank rows it has in all.
 */
export function rowsUnderHeader(firstRows: readonly SheetRow[], nonBlankRows: number): number {
  const { headerIndex, guidanceRows } = headerLayout(firstRows)
  if (!namesColumns(firstRows[headerIndex])) return 0
  return Math.max(0, nonBlankRows - headerIndex - 1 - guidanceRows)
}

/**
 * The sheet a file opens on, in the app and the command line alike: the
 * first visible one with rows under a header, else the first visible one.
 */
export function defaultSheetName(sheets: readonly SheetSummary[]): string | undefined {
  return (sheets.find((s) => (s.rowCount ?? 0) > 0) ?? sheets[0])?.name
}
