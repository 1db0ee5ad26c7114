import { REPORT_COLUMNS, REPORT_COLUMNS_KO } from '../../shared/mapping'
import type { SheetRow, SheetTable } from '../../shared/sheet'
import { signatureHeader } from '../mapping/signature'
import { unescapeCell } from './formula-escape'

// A report's header row is its first row; a few rows of slack allow for a title staff typed above it.
const SEARCH_ROWS = 20

/** Each Sheetport column, as the set of its names (English and Korean) compared the way signatures compare headers. */
const REPORT_COLUMN_NAMES: readonly ReadonlySet<string>[] = REPORT_COLUMNS.map(
  (en, i) => new Set([signatureHeader(en), signatureHeader(REPORT_COLUMNS_KO[i] ?? en)])
)

/** True when the row names every Sheetport report column (in either language, any order). */
function isReportHeader(row: SheetRow): boolean {
  const names = new Set(row.cells.map(signatureHeader))
  return REPORT_COLUMN_NAMES.every((variants) => [...variants].some((name) => names.has(name)))
}

/** Where a Sheetport failure report's header row is among the rows, or -1 when they are not a report. */
export function reportHeaderIndex(rows: readonly SheetRow[]): number {
  return rows.slice(0, SEARCH_ROWS).findIndex(isReportHeader)
}

/**
 * Undoes what a failure report did to its values, so importing a report gives
 * the original values back: when a row near the top holds all the Sheetport
 * report columns, it becomes the header row, and it and every row below have
 * their formula escaping removed. Any other table comes back unchanged.
 */
export function restoreReportTable(table: SheetTable): SheetTable {
  const headerIndex = reportHeaderIndex(table.rows)
  if (headerIndex < 0) return table
  const rows = table.rows.map((row, i): SheetRow => (i < headerIndex ? row : { rowNumber: row.rowNumber, cells: row.cells.map(unescapeCell) }))
  return { ...table, rows, headerIndex }
}
