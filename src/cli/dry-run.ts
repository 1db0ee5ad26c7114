import { prepareJob, type JobSource } from '../core/jobs'
import type { Language } from '../shared/text'
import type { ExitCode } from './cli-error'
import { saveInvalidRowsReport } from './failure-report'
import { counter } from './format'
import { recognisedFormatName } from './format-note'
import type { Translate } from './i18n'
import type { JsonResult } from './job-result'
import type { Output } from './output'

/** How many rows that need fixing a dry run lists one by one. */
export const DRY_RUN_ROWS = 20

/** What a dry run needs besides the source. */
export interface DryRunSettings {
  readonly out: Output
  readonly t: Translate
  readonly language: Language
  readonly json: boolean
  readonly reportPath: string | null
}

/**
 * --dry-run: maps and checks every row like a real run, sends nothing, and
 * prints what is wrong per row (the first rows, then a count). Exit 1 when
 * any row needs fixing, 0 otherwise. --report writes the rows to fix. A
 * recognised platform format is named first.
 */
export async function runDryRun(source: JobSource, settings: DryRunSettings): Promise<ExitCode> {
  const { out, t, language } = settings
  const startedAt = Date.now()
  const prepared = prepareJob(source)
  const { n, of } = counter(t, language)
  const total = prepared.scope.length
  const invalid = prepared.invalid.length
  const format = recognisedFormatName(source.table, source.mapping, language)
  if (format !== null) out.result(t('dry-run-format', { format }))
  out.result(t('dry-run-summary', { rows: of('rows', total), fileName: source.fileName, target: source.target, ready: n(total - invalid), invalid: n(invalid) }))
  for (const index of prepared.invalid.slice(0, DRY_RUN_ROWS)) {
    const check = prepared.checks[index]
    const problems = (check?.issues ?? []).filter((i) => i.severity === 'error').map((i) => i.message[language])
    out.result(t('dry-run-row', { row: check?.rowNumber ?? index, problems: problems.join(' · ') }))
  }
  if (invalid > DRY_RUN_ROWS) out.result(t('dry-run-more', { rows: of('rows', invalid - DRY_RUN_ROWS) }))
  const warned = prepared.checks.filter((c) => c.issues.some((i) => i.severity === 'warning')).length
  if (warned > 0) out.result(t('dry-run-warnings', { rows: of('rows', warned) }))
  if (settings.reportPath !== null) {
    await saveInvalidRowsReport(source, prepared, settings.reportPath, t, language)
    out.result(t('summary-report', { path: settings.reportPath }))
  }
  if (settings.json) {
    const result: JsonResult = { job: null, total, invalid, sent: 0, accepted: 0, failed: 0, pending: 0, unknown: 0, requests: 0, durationMs: Date.now() - startedAt }
    out.json(result)
  }
  return invalid > 0 ? 1 : 0
}
