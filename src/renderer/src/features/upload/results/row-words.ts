import type { JobRowState, JobView } from '../../../../../shared/jobs'
import { isEnded, SHOWN_STATES } from '../row-states'

/** A row state as the results name it: 'notSent' is a row still waiting when its upload is over. */
export type ShownState = JobRowState | 'notSent'

/** How the results name a row's state: waiting rows of a finished upload were never sent. */
export function shownState(state: JobRowState, jobEnded: boolean): ShownState {
  return state === 'queued' && jobEnded ? 'notSent' : state
}

/** One state's share of a job's rows. */
export interface CountPart {
  readonly state: JobRowState
  readonly shown: ShownState
  readonly count: number
}

/** The job's rows per state, outcomes first, leaving out states without rows: the parts always add up to `job.total`. */
export function countParts(job: JobView): CountPart[] {
  const ended = isEnded(job.status)
  return SHOWN_STATES.filter((state) => job.counts[state] > 0).map((state) => ({ state, shown: shownState(state, ended), count: job.counts[state] }))
}

/** Rows that can be fixed and sent again: refused, unconfirmed, needing fixing, or never sent. */
export const FIXABLE_STATES: ReadonlySet<JobRowState> = new Set(['failed', 'unknown', 'invalid', 'queued'])

/** Rows that need a person: not sent because they need fixing, refused, or unconfirmed. */
export function problemCount(job: JobView): number {
  return job.counts.invalid + job.counts.failed + job.counts.unknown
}

/** Rows that can be fixed and sent again (and go in the failure report): refused, unconfirmed, needing fixing, or never sent. */
export function fixableCount(job: JobView): number {
  return problemCount(job) + (isEnded(job.status) ? job.counts.queued : 0)
}

/** Whether rows are still being sent (as opposed to only followed at the service, or over). */
export function isSending(job: JobView): boolean {
  return !isEnded(job.status) && job.counts.queued + job.counts['in-flight'] > 0
}

/** Whether every row of a finished upload went through: the calm success case. */
export function allWentThrough(job: JobView): boolean {
  return isEnded(job.status) && job.total > 0 && job.counts.accepted === job.total
}
