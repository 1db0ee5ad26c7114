import type { JobView } from '../../shared/jobs'
import type { Language } from '../../shared/text'
import type { TargetConnection } from '../targets'
import type { PacingConfig, RetryPolicy, ServiceName } from '../upload'
import type { AppLog } from '../log'
import type { PreparedJob } from './prepare-job'

/*
 * What the job service is given and gives back: its shell's options, how to
 * start and continue a job, and a started job's handle (job-service.ts).
 */

/** A connection ready for the engine, and the name people know it by. */
export interface ResolvedConnection {
  readonly name: string
  readonly connection: TargetConnection
}

/** What the job service needs from its shell. */
export interface JobServiceOptions {
  /** Where journals and row snapshots live. */
  readonly stateDir: string
  /** Looks a connection up by id, with its credentials (main process only). */
  readonly resolveConnection: (connectionId: string) => Promise<ResolvedConnection>
  /** Called with every progress event of every job (throttled by the engine). */
  readonly onProgress?: (view: JobView) => void
  /** Overrides the engine's pace per service (tests, benchmarks). */
  readonly pacing?: (service: ServiceName) => PacingConfig | undefined
  readonly retry?: Partial<RetryPolicy>
  readonly progressEveryMs?: number
  readonly pollEveryMs?: number
  /** The longest wait between rounds of following rows (benchmark baselines); default the engine's. */
  readonly pollWaitCapMs?: number
  /** The support log: job starts and ends, retries and refusals (never a cell value). */
  readonly log?: AppLog
}

/** How to run one upload. */
export interface StartOptions {
  readonly connectionId: string
  /** Only these data rows (a resend); default every row. */
  readonly only?: readonly number[]
  /** The job whose rows this one resends. */
  readonly parentJobId?: string
  /** products:create: refuse ids that already exist instead of overwriting them. */
  readonly blockDuplicates?: boolean
  /** OCC X-CCAsset-Language. */
  readonly language?: string
  /** Language of the outcome messages the engine journals. */
  readonly messageLanguage?: Language
  /** NCLUE: keep following created profiles this long after sending. */
  readonly trackPendingForMs?: number
  /** Use this id (the CLI lets tests pick one); default a new readable id. */
  readonly jobId?: string
}

/** A job that has started: its id, what was prepared, and when it ends. */
export interface StartedJob {
  readonly jobId: string
  readonly prepared: PreparedJob
  /** Resolves with the job's final view once its run is over. */
  readonly done: Promise<JobView>
}

/** How to run a continued job. */
export interface ResumeOptions {
  readonly messageLanguage?: Language
  readonly trackPendingForMs?: number
  /** Only ask the service again about rows it was still processing (a finished job checked again later); nothing is sent. */
  readonly followOnly?: boolean
  readonly blockDuplicates?: boolean
  readonly language?: string
}
