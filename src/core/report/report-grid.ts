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
  /** How many leading columns are the source's own (the rest are Sheetport's). */
  readonly originalWidth: number
}

/**
 * Lays out a failure report: the source's columns as imported, then source
 * sheet, source row, status and reason. Rows shorter than the header are
 * padded; a row longer than the header keeps its extra cells under an empty
 * header, so nothing imported is lost.
 */
export function buildReportGrid(input: ReportGridInput): ReportGrid {
  const blank = new Set(input.blankColumns)
  const width = input.rows.reduce((w, r) => Math.max(w, r.cells.length), input.headers.length)
  const original = (cells: readonly string[], keepBlankColumns: boolean): string[] =>
    Array.from({ length: width }, (_, c) => (!keepBlankColumns && blank.has(c) ? '' : escapeCell(cells[c] ?? '')))
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
