import type { CellObject, WorkSheet } from 'xlsx'

/**
 * The rows of cells a parsed sheet holds, as SheetJS's dense mode lays them
 * out. A chart sheet holds none: SheetJS's .xls reader fills one with the
 * chart's series data (the cached values of its BIFF chart substream), while
 * its .xlsx reader leaves the same sheet empty, and Excel shows a chart there,
 * never cells. So a chart sheet reads as empty from either format.
 */
export function sheetCellRows(ws: WorkSheet): readonly (CellObject[] | undefined)[] {
  if (ws['!type'] === 'chart') return []
  return ws['!data'] ?? []
}
