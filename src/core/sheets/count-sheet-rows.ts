import type { CellObject, WorkSheet } from 'xlsx'
import type { SheetRow } from '../../shared/sheet'
import { cellText } from './cell-text'
import { LAYOUT_ROWS } from './header-layout'
import { rowsUnderHeader } from './row-count'
import { sheetCellRows } from './sheet-cells'

function isBlank(cell: CellObject | undefined, date1904: boolean): boolean {
  return cellText(cell, date1904).trim() === ''
}

/**
 * Rows under the header of a parsed sheet, without building its table: the
 * first rows are read as text to find the header, the rest only looked at
 * until a filled cell shows they are not blank. Same count as
 * tableRowCount would give for the built table.
 */
export function countSheetRows(ws: WorkSheet, date1904: boolean): number {
  const data = sheetCellRows(ws)
  const first: SheetRow[] = []
  let nonBlank = 0
  for (let r = 0; r < data.length; r++) {
    const row = data[r]
    if (!row) continue
    if (first.length < LAYOUT_ROWS) {
      const cells = Array.from(row, (cell) => cellText(cell, date1904).trim())
      if (cells.every((c) => c === '')) continue
      first.push({ rowNumber: r + 1, cells })
      nonBlank++
    } else if (row.some((cell) => !isBlank(cell, date1904))) {
      nonBlank++
    }
  }
  return rowsUnderHeader(first, nonBlank)
}
