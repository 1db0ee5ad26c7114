import type { SheetRow, SheetTable } from '../../shared/sheet'
import { SheetError } from './errors'
import { headerLayout } from './header-layout'
import type { SheetLimits } from './limits'
import { withoutTextPrefix } from './text-prefix'

/**
 * Collects rows as they are read and turns them into a SheetTable: cells
 * trimmed, blank rows dropped (so merged titles and spacer rows leave no
 * phantom rows), columns blank in every kept row dropped, row and column caps
 * enforced as rows arrive so an oversized sheet stops early. A sheet as
 * exports have it also loses Excel's text prefix ('00123 → 00123) and the
 * template's guidance rows under the header (marks, field codes,
 * descriptions, its example); a Sheetport failure report keeps its cells
 * exactly, for restoreReportTable to undo its own escaping.
 */
export class TableBuilder {
  private readonly rows: SheetRow[] = []

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
    this.rows.push({ rowNumber, cells })
  }

  /** The finished table, with the header row detected. */
  finish(sheetName: string): SheetTable {
    const { headerIndex, guidanceRows, isReport } = headerLayout(this.rows)
    this.rows.splice(headerIndex + 1, guidanceRows)
    const clean = isReport ? (text: string) => text : withoutTextPrefix
    const used: boolean[] = []
    for (const row of this.rows) row.cells.forEach((text, c) => (used[c] ||= text !== ''))
    const keep: number[] = []
    used.forEach((isUsed, c) => {
      if (isUsed) keep.push(c)
    })
    const rows: SheetRow[] = this.rows.map((r) => ({ rowNumber: r.rowNumber, cells: keep.map((c) => clean(r.cells[c] ?? '')) }))
    return { sheetName, rows, headerIndex, columnCount: keep.length, sheetColumns: keep }
  }
}
