import type { JobRowCounts, JobView, JobViewStatus } from '../../shared/jobs'
import type { RowCounts } from '../upload'

/** The facts about a job that do not change while it runs, and how many of its rows were not sent because they needed fixing. */
export type JobFacts = Pick<JobView, 'jobId' | 'parentJobId' | 'fileName' | 'sheetName' | 'target' | 'connectionId' | 'connectionName' | 'createdAt'> & {
  readonly invalid: number
}

/** What changes while a job runs (from the engine's progress, or from a replayed journal). */
export interface JobMotion {
  readonly status: JobViewStatus
  readonly counts: RowCounts
  readonly pauseMessage?: string | null
  readonly sentRows: number
  readonly requests: number
  readonly ratePerSecond?: number
  readonly etaMs?: number | null
  readonly durationMs: number
  readonly problem?: string | null
  readonly confirming?: JobView['confirming']
}

/** The engine's six counts plus the rows not sent because they needed fixing: the partition of the job's scope. */
export function jobRowCounts(counts: RowCounts, invalid: number): JobRowCounts {
  return {
    invalid,
    queued: counts.queued,
    'in-flight': counts.inFlight,
    accepted: counts.accepted,
    failed: counts.failed,
    pending: counts.pending,
    unknown: counts.unknown
  }
}

/** One job as the screen and the CLI see it. Its counts add up to `total` by construction. */
export function jobView(facts: JobFacts, motion: JobMotion): JobView {
  const counts = jobRowCounts(motion.counts, facts.invalid)
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
  return {
    ...facts,
    status: motion.status,
    pauseMessage: motion.pauseMessage ?? null,
    total,
    counts,
    sentRows: motion.sentRows,
    requests: motion.requests,
    ratePerSecond: motion.ratePerSecond ?? 0,
    etaMs: motion.etaMs ?? null,
    durationMs: motion.durationMs,
    problem: motion.problem ?? null,
    resumable: motion.status === 'interrupted' || motion.status === 'halted',
    confirming: motion.confirming ?? null
  }
}
