import type { DownloadFile } from '../../shared/import-view'
import type { JobRowState } from '../../shared/jobs'
import type { Language } from '../../shared/text'
import { buildFailureReport, type ReportFormat, type ReportRowStatus } from '../report'
import type { JobService } from './job-service'

/** Which rows a failure report lists, and the status word each gets. */
const REPORTED: Partial<Record<JobRowState, ReportRowStatus>> = {
  invalid: 'invalid',
  failed: 'failed',
  unknown: 'unknown',
  queued: 'not-sent'
}

/**
 * A job's failure report: every row that did not go through (not sent
 * because it needed fixing, failed, unconfirmed, or never sent), with its
 * original cells, where it came from and why, in the user's language.
 * Password columns are blank. The same function serves the app and the CLI.
 */
export async function jobFailureReport(jobs: Pick<JobService, 'reportRows'>, jobId: string, format: ReportFormat, language: Language): Promise<DownloadFile> {
  const { snapshot, rows } = await jobs.reportRows(jobId)
  const headers = snapshot.table.rows[snapshot.table.headerIndex]?.cells ?? []
  return buildFailureReport({
    sourceFileName: snapshot.fileName,
    sheetName: snapshot.table.sheetName,
    headers,
    rows: rows.flatMap((row) => {
      const status = REPORTED[row.state]
      return status === undefined ? [] : [{ rowNumber: row.rowNumber, cells: row.cells, status, reason: row.reason?.message[language] ?? '' }]
    }),
    blankColumns: snapshot.blankedColumns,
    ...(snapshot.table.sheetColumns === undefined ? {} : { sheetColumns: snapshot.table.sheetColumns }),
    format,
    language
  })
}
