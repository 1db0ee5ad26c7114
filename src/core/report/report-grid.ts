import type { Language } from '../../shared/text'
import { escapeCell } from './formula-escape'
import { sheetportHeaders, statusWord, type ReportRowStatus } from './report-status'

/** One row of the source sheet that goes into a failure report. */
export interface FailureReportRow {
  /** 1-based row number in the source sheet, as Excel shows it. */
  readonly rowNumber: number
  /** The row's cells exactly as imported, by column index. */
  readonly cells: readonly string[]
  readonly status: ReportRowStatus
  /** Why, in the report's language (plain words, never a secret). */
  readonly reason: string
}

/** What a report grid is built from: the source's header row and the rows to list. */
export interface ReportGridInput {
  readonly sheetName: string
  /** The source's header row as imported. */
  readonly headers: readonly string[]
  readonly rows: readonly FailureReportRow[]
  /**
   * Columns mapped to a password: the header stays (so the saved mapping
   * still matches the report) but every value is left empty.
   */
  readonly blankColumns: readonly number[]
  /**
   * Where each of the table's columns was in the source sheet (SheetTable.sheetColumns):
   * the report puts it back there, so column E of the report is column E of
   * the source and the reasons' "column E" points at it in both. Absent: side by side.
   */
  readonly sheetColumns?: readonly number[]
  readonly language: Language
}

/** A report cell: text (always written as text) or the source row number. */
export type ReportCell = string | number

/**
 * The report as a grid, ready for a file writer: every text cell already
 * formula-escaped, passwords already blank.
 */
export interface ReportGrid {
  readonly rows: readonly (readonly ReportCell[])[]
  /** How many leading columns are the source's own, blank gaps included (the rest are Sheetport's). */
  readonly originalWidth: number
}

/**
 * The report column of each table column: its source sheet column, so
 * letters match the source (blank columns Sheetport dropped come back as
 * empty columns, which reading the report drops again); columns past the
 * known ones follow the last.
 */
export function reportPositions(count: number, sheetColumns: readonly number[] | undefined): number[] {
  const positions: number[] = []
  for (let c = 0; c < count; c++) {
    const known = sheetColumns?.[c]
    const previous = positions[c - 1] ?? -1
    positions.push(known !== undefined && known > previous ? known : previous + 1)
  }
  return positions
}

/**
 * Lays out a failure report: the source's columns as imported, each under
 * its source sheet letter, then source sheet, source row, status and
 * reason. Rows shorter than the header are padded; a row longer than the
 * header keeps its extra cells under an empty header, so nothing imported is
 * lost.
 */
export function buildReportGrid(input: ReportGridInput): ReportGrid {
  const blank = new Set(input.blankColumns)
  const count = input.rows.reduce((w, r) => Math.max(w, r.cells.length), input.headers.length)
  const positions = reportPositions(count, input.sheetColumns)
  const width = (positions[count - 1] ?? -1) + 1
  const original = (cells: readonly string[], keepBlankColumns: boolean): string[] => {
    const out = Array.from({ length: width }, () => '')
    for (let c = 0; c < count; c++) out[positions[c] as number] = !keepBlankColumns && blank.has(c) ? '' : escapeCell(cells[c] ?? '')
    return out
  }
  const header: ReportCell[] = [...original(input.headers, true), ...sheetportHeaders(input.language)]
  const sheet = escapeCell(input.sheetName)
  const rows = input.rows.map((r): ReportCell[] => [
    ...original(r.cells, false),
    sheet,
    r.rowNumber,
    escapeCell(statusWord(r.status, input.language)),
    escapeCell(r.reason)
  ])
  return { rows: [header, ...rows], originalWidth: width }
}
