import type { JobRowState } from '../../../../shared/jobs'

/** Row states in the order the screen lists them: outcomes first, then what is still moving. */
export const SHOWN_STATES: readonly JobRowState[] = ['accepted', 'pending', 'failed', 'unknown', 'invalid', 'in-flight', 'queued']

/** States that need a person: they are offered for fixing and resending. */
export const PROBLEM_STATES: ReadonlySet<JobRowState> = new Set(['failed', 'unknown', 'invalid'])

/** The CSS modifier of a state (colour is never the only signal: each also has a word and an icon). */
export function stateClass(state: JobRowState): string {
  return `state-${state}`
}

/** A job is over when nothing more will happen to its rows in this run. */
export function isEnded(status: string): boolean {
  return status === 'finished' || status === 'cancelled' || status === 'halted' || status === 'interrupted'
}
