import type { CellObject, WorkSheet } from 'xlsx'
import type { SheetRow } from '../../shared/sheet'
import { cellText } from './cell-text'
import { LAYOUT_ROWS } from './header-layout'
import { rowsUnderHeader } from './row-count'
import { sheetCellRows } from './sheet-cells'

/**
 * Counts the rows under the header of a sheet read row by row, without
 * building its table: the first non-blank rows are kept to find the header,
 * the rest only counted when a cell is filled. Same count as tableRowCount
 * would give for the built table.
 */
export class SheetRowCounter {
  private readonly first: SheetRow[] = []
  private nonBlank = 0

  /** True while rows' texts still matter (the layout rows); after that only whether a row is blank does. */
  get wantsTexts(): boolean {
    return this.first.length < LAYOUT_ROWS
  }

  /** A non-blank row past the layout rows, counted without its texts. */
  addFilled(): void {
    this.nonBlank++
  }

  /** One row's cell texts (untrimmed, as read). */
  add(rowNumber: number, texts: readonly string[]): void {
    if (this.wantsTexts) {
      const cells = texts.map((text) => text.trim())
      if (cells.every((c) => c === '')) return
      this.first.push({ rowNumber, cells })
      this.nonBlank++
    } else if (texts.some((text) => text.trim() !== '')) {
      this.nonBlank++
    }
  }

  /** Rows under the header of what was added. */
  count(): number {
    return rowsUnderHeader(this.first, this.nonBlank)
  }
}

function isBlank(cell: CellObject | undefined, date1904: boolean): boolean {
  return cellText(cell, date1904).trim() === ''
}

/** Rows under the header of a sheet SheetJS parsed; its rows past the first only read until a filled cell shows. */
export function countSheetRows(ws: WorkSheet, date1904: boolean): number {
  const data = sheetCellRows(ws)
  const counter = new SheetRowCounter()
  for (let r = 0; r < data.length; r++) {
    const row = data[r]
    if (!row) continue
    if (counter.wantsTexts) counter.add(r + 1, Array.from(row, (cell) => cellText(cell, date1904)))
    else if (row.some((cell) => !isBlank(cell, date1904))) counter.addFilled()
  }
  return counter.count()
}
