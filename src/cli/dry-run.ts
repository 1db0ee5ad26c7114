import type { JobSource, PreparedJob } from '../core/jobs'
import { reasonForCode } from '../core/targets'
import { dataRowAt } from '../shared/sheet'
import { SERVICE_OF_TARGET, type ServiceId } from '../shared/targets'
import type { Language } from '../shared/text'
import type { ExitCode } from './cli-error'
import type { DryRunScreen } from './dry-run-screen'
import { saveInvalidRowsReport, type RowToFix } from './failure-report'
import { counter } from './format'
import { recognisedFormatName } from './format-note'
import type { Translate } from './i18n'
import type { JsonResult } from './job-result'
import type { Output } from './output'

/** The services' names as staff know them. */
const SERVICE_LABELS: Record<ServiceId, string> = { omnicommerce: 'OMNICOMMERCE', occ: 'Oracle Commerce Cloud', nclue: 'NCLUE' }

/** How many rows that need fixing a dry run lists one by one. */
export const DRY_RUN_ROWS = 20

/** What a dry run needs besides the source. */
export interface DryRunSettings {
  readonly out: Output
  readonly t: Translate
  readonly language: Language
  readonly json: boolean
  /** The rows as a real run would prepare them. */
  readonly prepared: PreparedJob
  readonly reportPath: string | null
  /** What the service's own read-only check said (NCLUE tasks), when the run had keys. */
  readonly screen: DryRunScreen
}

/** Each row to fix, in row order, with what is wrong: the sheet's own checks, then what the service said. */
function rowProblems(prepared: PreparedJob, screen: DryRunScreen, language: Language): RowToFix[] {
  const byRow = new Map<number, string[]>()
  for (const index of prepared.invalid) {
    const issues = prepared.rowsWithIssues.get(index)?.issues ?? []
    byRow.set(index, issues.filter((i) => i.severity === 'error').map((i) => i.message[language]))
  }
  for (const row of screen !== null && 'rows' in screen ? screen.rows : []) {
    byRow.set(row.index, [...(byRow.get(row.index) ?? []), reasonForCode(row.reasonCode, row.message).message[language]])
  }
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([index, texts]) => ({ index, texts }))
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
  const prepared = settings.prepared
  const { n, of } = counter(t, language)
  const total = prepared.scope.length
  const problems = rowProblems(prepared, settings.screen, language)
  const invalid = problems.length
  const format = recognisedFormatName(source.table, source.mapping, language)
  if (format !== null) out.result(t('dry-run-format', { format }))
  out.result(t('dry-run-summary', { rows: of('rows', total), fileName: source.fileName, target: source.target, ready: n(total - invalid), invalid: n(invalid) }))
  const service = SERVICE_LABELS[SERVICE_OF_TARGET[source.target]]
  if (settings.screen !== null) out.result('rows' in settings.screen ? t('dry-run-screened', { service }) : t('dry-run-screen-failed', { service, reason: settings.screen.failed }))
  for (const { index, texts } of problems.slice(0, DRY_RUN_ROWS)) {
    out.result(t('dry-run-row', { row: dataRowAt(source.table, index)?.rowNumber ?? index, problems: texts.join(' · ') }))
  }
  if (invalid > DRY_RUN_ROWS) out.result(t('dry-run-more', { rows: of('rows', invalid - DRY_RUN_ROWS) }))
  const warned = [...prepared.rowsWithIssues.values()].filter((c) => c.issues.some((i) => i.severity === 'warning')).length
  if (warned > 0) out.result(t('dry-run-warnings', { rows: of('rows', warned) }))
  if (settings.reportPath !== null) {
    await saveInvalidRowsReport(source, problems, settings.reportPath, t, language)
    out.result(t('summary-report', { path: settings.reportPath }))
  }
  if (settings.json) {
    const result: JsonResult = { job: null, total, invalid, sent: 0, accepted: 0, failed: 0, pending: 0, unknown: 0, requests: 0, durationMs: Date.now() - startedAt }
    out.json(result)
  }
  return invalid > 0 ? 1 : 0
}
