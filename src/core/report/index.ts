/**
 * Failure reports: the rows that did not make it, as an .xlsx or .csv staff
 * can fix and import again (the reader undoes the report's formula escaping).
 */
export { buildFailureReport, type FailureReportInput } from './failure-report'
export type { FailureReportRow } from './report-grid'
export type { ReportRowStatus } from './report-status'
export { defaultReportFormat, reportFileName, reportFormatOf, REPORT_MIME_TYPES, type ReportFormat } from './report-format'
export { reportFormatForPath, writeReport } from './write-report'
export { restoreReportTable } from './restore-report'
export { escapeCell, unescapeCell } from './formula-escape'
