import type { SheetRow, SheetTable } from '../../shared/sheet'
import { SheetError } from './errors'
import { detectHeaderIndex } from './header-row'
import type { SheetLimits } from './limits'

/**
 * Collects rows as they are read and turns them into a SheetTable: cells
 * trimmed, blank rows dropped (so merged titles and spacer rows leave no
 * phantom rows), columns blank in every kept row dropped, row and column caps
 * enforced as rows arrive so an oversized sheet stops early.
 */
export class TableBuilder {
  private readonly rows: { rowNumber: number; cells: string[] }[] = []
  private readonly usedColumns: boolean[] = []

  constructor(private readonly limits: SheetLimits) {}

  /** Adds one source row; `rowNumber` is 1-based as Excel shows it. */
  add(rowNumber: number, rawCells: readonly string[]): void {
    const cells = rawCells.map((c) => c.trim())
    let width = cells.length
    while (width > 0 && cells[width - 1] === '') width--
    if (width === 0) return
    if (width > this.limits.maxColumns) throw new SheetError('sheet.too-many-columns', { limit: this.limits.maxColumns })
    if (this.rows.length >= this.limits.maxRows) throw new SheetError('sheet.too-many-rows', { limit: this.limits.maxRows })
    cells.length = width
    for (let c = 0; c < width; c++) if (cells[c] !== '') this.usedColumns[c] = true
    this.rows.push({ rowNumber, cells })
  }

  /** The finished table, with the header row detected. */
  finish(sheetName: string): SheetTable {
    const keep: number[] = []
    this.usedColumns.forEach((used, c) => {
      if (used) keep.push(c)
    })
    const rows: SheetRow[] = this.rows.map((r) => ({ rowNumber: r.rowNumber, cells: keep.map((c) => r.cells[c] ?? '') }))
    return { sheetName, rows, headerIndex: detectHeaderIndex(rows), columnCount: keep.length }
  }
}
