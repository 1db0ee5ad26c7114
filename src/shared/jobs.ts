import type { LocalizedText } from './text'
import type { TargetId } from './targets'

/*
 * What the screen and the CLI see of upload jobs. The engine's own types
 * live in src/core/upload; these are the plain shapes that cross IPC.
 */

/** Where one row of a job stands. 'invalid': it needed fixing, so it was not sent. */
export type JobRowState = 'invalid' | 'queued' | 'in-flight' | 'accepted' | 'failed' | 'pending' | 'unknown'

/** Rows per state. Their sum is always `JobView.total`: every row of the file in the job's scope. */
export type JobRowCounts = Readonly<Record<JobRowState, number>>

/** A job's lifecycle as shown: the engine's statuses, plus 'interrupted' for a job a crash left behind. */
export type JobViewStatus = 'running' | 'paused' | 'cancelling' | 'finished' | 'cancelled' | 'halted' | 'interrupted'

/** One job, running or past: what the upload screen, the history list and the CLI show. */
export interface JobView {
  readonly jobId: string
  /** The job this one resends rows of, if any. */
  readonly parentJobId: string | null
  readonly fileName: string
  readonly sheetName: string
  readonly target: TargetId
  readonly connectionId: string
  readonly connectionName: string
  readonly createdAt: string
  readonly status: JobViewStatus
  /** Why it is paused, in plain words (e.g. the key was refused). */
  readonly pauseMessage: string | null
  /** Rows of the file in this job's scope (all rows, or the ones being resent). */
  readonly total: number
  readonly counts: JobRowCounts
  /** Rows sent at least once. */
  readonly sentRows: number
  /** Requests made, including retries, lookups and status checks. */
  readonly requests: number
  readonly ratePerSecond: number
  /** Estimated time left, or null when unknown. */
  readonly etaMs: number | null
  readonly durationMs: number
  /** A halted job's problem (e.g. the disk is full), in plain words. */
  readonly problem: string | null
  /** Whether the job can be resumed (it was interrupted or halted). */
  readonly resumable: boolean
  /**
   * While this run follows rows the service is still processing: how many
   * of them it has confirmed so far ("confirming with the service: n of m");
   * null when nothing is being followed.
   */
  readonly confirming: { readonly confirmed: number; readonly of: number } | null
}

/** Why a row did not go through, in both languages, with a stable code to group by. */
export interface RowReason {
  readonly code: string
  readonly message: LocalizedText
}

/** One earlier attempt at a row (this job's ancestors). */
export interface RowAttempt {
  readonly jobId: string
  readonly state: JobRowState
  readonly reason: RowReason | null
  readonly at: string
}

/** One row of a job with its cells (as imported, passwords blanked) and its state. */
export interface JobRowView {
  /** Data-row index in the source sheet (0 = first row under the headers): the row's identity across resends. */
  readonly index: number
  readonly rowNumber: number
  readonly cells: readonly string[]
  readonly state: JobRowState
  readonly reason: RowReason | null
  /** The service's id for the row (e.g. a NCLUE profile id), when it has one. */
  readonly remoteId: string | null
  /** Earlier attempts, oldest first. */
  readonly attempts: readonly RowAttempt[]
}

/** Failures grouped by cause: "37 rows: email already used". */
export interface ReasonGroup {
  /** Names the group in `jobs:rows`, to list only its rows. */
  readonly key: string
  readonly state: JobRowState
  readonly reason: RowReason
  readonly count: number
}

/** Which rows a results page lists. 'problems' = invalid, failed and unknown. */
export type JobRowFilter = 'all' | 'problems' | JobRowState
