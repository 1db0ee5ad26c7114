import type { ReportFormat } from './results-store'

/** The report format offered first: a text file's report is .csv, a workbook's (.xlsx, .xls, .ods) is .xlsx. */
export function defaultReportFormat(fileName: string): ReportFormat {
  return /\.(csv|tsv|txt)$/i.test(fileName) ? 'csv' : 'xlsx'
}
