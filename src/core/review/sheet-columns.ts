import type { ColumnMapping } from '../../shared/mapping'
import type { ReviewColumn } from '../../shared/review'
import { columnLetters, type SheetTable } from '../../shared/sheet'
import { headersOf } from '../mapping'

/**
 * The sheet's columns, each with its sheet letter and what it feeds (a field, an extra key, or
 * nothing), for the header of every grid of rows: the Review step's and an
 * upload's results.
 */
export function sheetColumns(table: SheetTable, mapping: ColumnMapping): ReviewColumn[] {
  const letters = columnLetters(table)
  return headersOf(table).map((header, index) => {
    const a = mapping.columns[index]
    return { index, letter: letters[index] ?? '', header, field: a?.kind === 'field' ? a.field : null, extraKey: a?.kind === 'extra' ? a.key : null }
  })
}
