import type { JobJournal, ReplayedJournal } from '../journal'
import type { Clock } from './clock'
import type { Setback } from './decide-setback'
import type { PacingConfig } from './pacing'
import type { RetryPolicy } from './retry-policy'
import type { RowCounts, RowRecord } from './row-ledger'
import type { TargetAdapter, WorkItem } from './target-adapter'
import type { EarlyTally } from './early-tally'

/** Why a job is paused: the user asked, the key was refused, or the service asked for a long wait. */
export type PauseReason = 'user' | 'auth' | 'service-wait'

/** The lifecycle of a job. 'halted': the journal could not be written, so the job stopped as if it had crashed (resumable). */
export type JobStatus = 'running' | 'paused' | 'cancelling' | 'finished' | 'cancelled' | 'halted'

/** A progress event: what the UI and the CLI show. `counts` always add up to `total`. */
export interface JobProgress {
  readonly jobId: string
  readonly status: JobStatus
  /** Set while paused: the reasons, and a message for shop staff. */
  readonly pause?: { readonly reasons: readonly PauseReason[]; readonly message?: string; readonly retryAfterMs?: number }
  /** The service asked us to wait (Retry-After) until this time (epoch ms). */
  readonly heldUntil?: number
  readonly total: number
  readonly counts: RowCounts
  /** Rows sent at least once (not part of the partition in `counts`). */
  readonly sentRows: number
  /** Requests made: sends, retries, lookups and polls. */
  readonly requests: number
  /** Requests per second over the last few seconds. */
  readonly ratePerSecond: number
  /** Estimated time to send what is left, or null when unknown (paused, or only tracking). */
  readonly etaMs: number | null
  /** Set while rows are (or were, in this run) being processed at the service: how many of them it has confirmed. */
  readonly confirming?: { readonly confirmed: number; readonly of: number }
  /** The last event of this run. */
  readonly final: boolean
}

/** How a run ended. `rows` has every row's final record, for reports. */
export interface JobSummary {
  readonly jobId: string
  readonly status: 'finished' | 'cancelled' | 'halted'
  /** For 'halted': what went wrong (e.g. the disk is full). */
  readonly problem?: string
  readonly total: number
  readonly counts: RowCounts
  readonly sentRows: number
  readonly requests: number
  readonly durationMs: number
  readonly rows: readonly RowRecord[]
}

/** A running job's controls. */
export interface JobHandle {
  readonly jobId: string
  /** Stops starting requests; running ones finish. */
  pause(): void
  /** Continues after a pause by the user, an auth refusal or a long service wait. */
  resume(): void
  /** Sends nothing more; running requests finish and are recorded; unsent rows stay queued. */
  cancel(): void
  /** The latest progress snapshot (not throttled). */
  progress(): JobProgress
  /** Every row's current record, for a live results grid. */
  rowRecords(): readonly RowRecord[]
  readonly done: Promise<JobSummary>
}

/** Continue a job from its journal. `fileFingerprint` is of the file as it is now; a mismatch refuses the resume. */
export interface ResumeFrom {
  readonly state: ReplayedJournal
  readonly fileFingerprint: string
}

/** Everything runJob needs. Only `jobId`, `items`, `adapter` and `journal` are required. */
export interface RunJobOptions {
  readonly jobId: string
  /** All rows of the job (on resume: the same rows, payloads re-derived from the file). */
  readonly items: readonly WorkItem[]
  readonly adapter: TargetAdapter
  /** An open journal: from createJournal (new job) or reopenJournal (resume). */
  readonly journal: JobJournal
  /** Defaults to pacingFor(adapter.service). */
  readonly pacing?: PacingConfig
  readonly retry?: Partial<RetryPolicy>
  /** Aborting it cancels the job (gracefully, like cancel()). */
  readonly signal?: AbortSignal
  readonly onProgress?: (progress: JobProgress) => void
  /** Minimum time between progress events; default 200 ms. */
  readonly progressEveryMs?: number
  readonly resumeFrom?: ResumeFrom
  /** A new job's yardstick, read while it was prepared (early-tally.ts); without it the job reads the totals itself before its first send. */
  readonly earlyTally?: Promise<EarlyTally | undefined>
  /** Send nothing and settle nothing: only follow the rows still pending (checking an older job again). */
  readonly followOnly?: boolean
  /** After sending, keep polling pending async rows this long (default 0: only a service with totals is asked, once). */
  readonly trackPendingForMs?: number
  /** Time before the first status-poll round; default 3000 ms. Later rounds wait longer (track-pending.ts). */
  readonly pollEveryMs?: number
  /** The longest wait between status-poll rounds; default POLL_WAIT_CAP_MS (a baseline passes `pollEveryMs` for a fixed pace). */
  readonly pollWaitCapMs?: number
  readonly clock?: Clock
  /** For backoff jitter; default Math.random. */
  readonly random?: () => number
  /** Told of every request that failed as a whole and what the engine did about it. */
  readonly onSetback?: (setback: Setback) => void
}
