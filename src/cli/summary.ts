import type { JobService } from '../core/jobs'
import type { JobView } from '../shared/jobs'
import type { Language } from '../shared/text'
import { counter, formatDuration } from './format'
import type { CliMessageKey, Translate } from './i18n'
import type { Output } from './output'

/** How many causes and example rows the summary lists. */
const MAX_GROUPS = 8
const MAX_ROWS = 5

const TITLES: Partial<Record<JobView['status'], CliMessageKey>> = { finished: 'summary-finished', cancelled: 'summary-cancelled', halted: 'summary-halted' }

/** Whether --resume would still send something: the job was stopped, or halted, before every row was sent. */
export function canContinue(view: JobView): boolean {
  return view.status === 'halted' || view.status === 'interrupted' || (view.status === 'cancelled' && view.counts.queued + view.counts.unknown > 0)
}

/**
 * The human summary at the end of a run: how it ended, the counts, the
 * problems grouped by cause with counts, the first few problem rows with
 * their row numbers and plain reasons, and what to do next.
 */
export async function printSummary(out: Output, view: JobView, jobs: JobService, t: Translate, language: Language): Promise<void> {
  const { n, of } = counter(t, language)
  const c = view.counts
  out.result(t(TITLES[view.status] ?? 'summary-cancelled', { jobId: view.jobId, duration: formatDuration(view.durationMs, t), problem: view.problem ?? '' }))
  out.result(
    t('summary-counts', {
      rows: of('rows', view.total),
      accepted: n(c.accepted),
      failed: n(c.failed),
      unknown: n(c.unknown),
      pending: n(c.pending),
      invalid: n(c.invalid),
      notSent: n(c.queued + c['in-flight']),
      requests: of('requests', view.requests)
    })
  )
  const groups = (await jobs.reasons(view.jobId)).slice(0, MAX_GROUPS)
  if (groups.length > 0) {
    out.result(t('summary-groups'))
    for (const g of groups) out.result(t('summary-group', { rows: of('rows', g.count), state: t(`state.${g.state}`), reason: g.reason.message[language] }))
    const { rows } = await jobs.rows(view.jobId, { offset: 0, limit: MAX_ROWS, filter: 'problems' })
    out.result(t('summary-rows'))
    for (const row of rows) out.result(t('summary-row', { row: row.rowNumber, state: t(`state.${row.state}`), reason: row.reason?.message[language] ?? t('no-reason') }))
  }
  if (c.pending > 0) out.result(t('summary-pending', { profiles: of(view.target.startsWith('products') ? 'products' : 'profiles', c.pending), jobId: view.jobId }))
}
