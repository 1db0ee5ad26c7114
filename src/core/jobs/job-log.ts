import type { JobView, ReasonGroup } from '../../shared/jobs'
import type { AppLog } from '../log'
import type { Setback } from '../upload'
import type { JobFacts } from './job-view'

/** A job's start in the support log: what, how many rows, and whether it continues or resends another. */
export function logJobStart(log: AppLog, facts: JobFacts, rows: number, resumed: boolean): void {
  log.write({
    event: 'job.start',
    job: facts.jobId,
    target: facts.target,
    rows,
    invalid: facts.invalid,
    resumed,
    ...(facts.parentJobId !== null ? { parent: facts.parentJobId } : {})
  })
}

/** A job's end in the support log: its totals, and the reason codes of the rows the service refused. */
export function logJobEnd(log: AppLog, view: JobView, reasons: readonly ReasonGroup[]): void {
  const { counts } = view
  log.write({
    event: 'job.end',
    job: view.jobId,
    status: view.status,
    accepted: counts.accepted,
    failed: counts.failed,
    pending: counts.pending,
    unknown: counts.unknown,
    queued: counts.queued + counts['in-flight'],
    requests: view.requests,
    seconds: view.durationMs / 1000
  })
  const refused: Record<string, number> = {}
  for (const group of reasons) if (group.state !== 'invalid') refused[group.reason.code] = (refused[group.reason.code] ?? 0) + group.count
  if (Object.keys(refused).length > 0) log.write({ event: 'job.refusals', job: view.jobId, reasons: refused })
}

/** A retry, wait, pause or give-up of one request, in the support log. */
export function logSetback(log: AppLog, jobId: string, setback: Setback): void {
  log.write({ event: 'request.setback', job: jobId, ...setback })
}
