import type { SheetFormat } from '../../shared/sheet'
import type { Language } from '../../shared/text'

/** The file types a failure report can be saved as. */
export type ReportFormat = 'xlsx' | 'csv'

/** The MIME type of each report format, for a save dialog or a browser download. */
export const REPORT_MIME_TYPES: Readonly<Record<ReportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8'
}

/** The format offered first: a workbook's report is a workbook (.xlsx), a text file's is .csv. */
export function defaultReportFormat(source: SheetFormat): ReportFormat {
  return source === 'csv' || source === 'tsv' ? 'csv' : 'xlsx'
}

/**
 * The format a file name asks for by its extension (case ignored), or null
 * for anything else, so callers can refuse it in their own words.
 */
export function reportFormatOf(fileName: string): ReportFormat | null {
  const match = /\.(xlsx|csv)$/i.exec(fileName)
  return match ? ((match[1] as string).toLowerCase() as ReportFormat) : null
}

/** The source file's name without folders or extension; 'report' when nothing is left. */
function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? ''
  return last.replace(/\.[^.]*$/, '').trim() || 'report'
}

/**
 * The name a report is offered under, next to the file it came from:
 * '<source name> - failures.xlsx', or '<source name> - 실패 행.xlsx' in Korean.
 */
export function reportFileName(sourceFileName: string, format: ReportFormat, language: Language): string {
  const suffix = language === 'ko' ? '실패 행' : 'failures'
  return `${baseName(sourceFileName)} - ${suffix}.${format}`
}
