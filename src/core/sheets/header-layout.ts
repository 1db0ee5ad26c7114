import type { SheetRow } from '../../shared/sheet'
import { reportHeaderIndex } from '../report/restore-report'
import { guidanceRowCount } from './guidance-rows'
import { detectHeaderIndex } from './header-row'

/** How many of a sheet's first non-blank rows decide its layout (header search, then the guidance rows under it). */
export const LAYOUT_ROWS = 26

/** Where a sheet's header row is and what follows it, read from its first non-blank rows. */
export interface HeaderLayout {
  readonly headerIndex: number
  /** Template guidance rows right under the header, which are not data. */
  readonly guidanceRows: number
  /** A Sheetport failure report: kept exactly, for restoreReportTable. */
  readonly isReport: boolean
}

/**
 * The layout of a sheet from its first LAYOUT_ROWS non-blank rows (more may
 * be passed; they change nothing). One rule for the table that is built and
 * for the row counts of the sheets that are only counted.
 */
export function headerLayout(rows: readonly SheetRow[]): HeaderLayout {
  const headerIndex = detectHeaderIndex(rows)
  const isReport = reportHeaderIndex(rows) >= 0
  return { headerIndex, isReport, guidanceRows: isReport ? 0 : guidanceRowCount(rows, headerIndex) }
}
