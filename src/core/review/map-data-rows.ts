import type { ColumnMapping, MappedRow } from '../../shared/mapping'
import type { SheetTable } from '../../shared/sheet'
import { applyMapping } from '../mapping'

/**
 * Maps the data rows `start` to `end` (exclusive; 0 = the first row under
 * the header) exactly as applyMapping maps the whole table, by handing it a
 * table that keeps the rows up to the header and only that slice below it.
 * Lets the review map a few rows at a time without holding 100,000 maps.
 */
export function mapDataRows(table: SheetTable, mapping: ColumnMapping, start: number, end: number): MappedRow[] {
  const firstData = table.headerIndex + 1
  const rows = [...table.rows.slice(0, firstData), ...table.rows.slice(firstData + start, firstData + end)]
  return applyMapping({ ...table, rows }, mapping, mapping.target)
}
