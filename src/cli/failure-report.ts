import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { jobFailureReport, type JobService, type JobSource } from '../core/jobs'
import { headersOf, secretColumns } from '../core/mapping'
import { buildFailureReport, reportFormatForPath, writeReport } from '../core/report'
import { AppError } from '../shared/errors'
import type { DownloadFile } from '../shared/import-view'
import type { Language } from '../shared/text'
import { CliError, usageError } from './cli-error'
import type { CliMessageKey, Translate } from './i18n'

/** The causes src/core/report gives for a failed save, each with a text under `report-cause.`. */
const WRITE_CAUSES: ReadonlySet<string> = new Set(['no-folder', 'not-allowed', 'in-use', 'is-folder', 'disk-full', 'read-only'])

/** Refuses (exit 2) a report path whose folder does not exist, before anything is sent. */
export async function checkReportFolder(path: string): Promise<void> {
  const folder = dirname(resolve(path))
  const info = await stat(folder).catch(() => null)
  if (info === null || !info.isDirectory()) throw usageError('report-folder-missing', { path: folder })
}

/** Saves a report atomically (src/core/report); a failed save becomes one line in the user's language (exit 1). */
async function save(path: string, report: DownloadFile, t: Translate): Promise<void> {
  try {
    await writeReport(path, report)
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'report.write-failed') throw error
    const cause = String(error.params?.['cause'] ?? 'other')
    const key: CliMessageKey = WRITE_CAUSES.has(cause) ? (`report-cause.${cause}` as CliMessageKey) : 'report-cause.other'
    throw new CliError(1, 'report-write-failed', { path, cause: t(key) })
  }
}

/** --report after a run: the job's failure report, the same one the app exports (src/core/jobs). */
export async function saveJobReport(jobs: Pick<JobService, 'reportRows'>, jobId: string, path: string, t: Translate, language: Language): Promise<void> {
  await save(path, await jobFailureReport(jobs, jobId, reportFormatForPath(path), language), t)
}

/** A row a dry run found to fix, and what is wrong with it in the user's language. */
export interface RowToFix {
  readonly index: number
  readonly texts: readonly string[]
}

/** --report with --dry-run: the rows to fix, with their problems, so staff can fix them in the file. */
export async function saveInvalidRowsReport(source: JobSource, toFix: readonly RowToFix[], path: string, t: Translate, language: Language): Promise<void> {
  const { table } = source
  const rows = toFix.map(({ index, texts }) => {
    const row = table.rows[table.headerIndex + 1 + index]
    return { rowNumber: row?.rowNumber ?? 0, cells: row?.cells ?? [], status: 'invalid' as const, reason: texts.join(' · ') }
  })
  const report = buildFailureReport({ sourceFileName: source.fileName, format: reportFormatForPath(path), sheetName: table.sheetName, headers: headersOf(table), rows, blankColumns: secretColumns(source.mapping), ...(table.sheetColumns === undefined ? {} : { sheetColumns: table.sheetColumns }), language })
  await save(path, report, t)
}
