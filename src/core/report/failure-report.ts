import type { DownloadFile } from '../../shared/import-view'
import { buildReportGrid, type ReportGridInput } from './report-grid'
import { reportCsvBytes } from './report-csv'
import { REPORT_MIME_TYPES, reportFileName, type ReportFormat } from './report-format'
import { reportXlsxBytes } from './report-xlsx'

/** Everything a failure report is made from. */
export interface FailureReportInput extends ReportGridInput {
  /** The imported file's name (a path is fine): the report is named after it. */
  readonly sourceFileName: string
  readonly format: ReportFormat
}

/**
 * The failure report staff fix and import again: the source's columns and
 * values exactly as imported (all as text), then the source sheet, source
 * row, status and reason. Password columns keep their header but no value;
 * formula-like text is neutralised in a way the reader undoes on re-import.
 */
export function buildFailureReport(input: FailureReportInput): DownloadFile {
  const grid = buildReportGrid(input)
  return {
    fileName: reportFileName(input.sourceFileName, input.format, input.language),
    mimeType: REPORT_MIME_TYPES[input.format],
    bytes: input.format === 'xlsx' ? reportXlsxBytes(grid, input.sheetName) : reportCsvBytes(grid.rows)
  }
}
