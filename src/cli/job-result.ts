import type { JobView } from '../shared/jobs'
import type { ExitCode } from './cli-error'

/** The --json line, with exactly the documented keys in the documented order. */
export interface JsonResult {
  readonly job: string | null
  readonly total: number
  readonly invalid: number
  readonly sent: number
  readonly accepted: number
  readonly failed: number
  readonly pending: number
  readonly unknown: number
  readonly requests: number
  readonly durationMs: number
}

/** The --json line for a job that ran. */
export function jobJson(view: JobView): JsonResult {
  const c = view.counts
  return {
    job: view.jobId,
    total: view.total,
    invalid: c.invalid,
    sent: view.sentRows,
    accepted: c.accepted,
    failed: c.failed,
    pending: c.pending,
    unknown: c.unknown,
    requests: view.requests,
    durationMs: view.durationMs
  }
}

/**
 * 0 when the job finished and no row is invalid, failed, unknown or left
 * unsent (rows still processing at an async service are not failures);
 * 1 otherwise.
 */
export function jobExitCode(view: JobView): ExitCode {
  const c = view.counts
  const clean = c.invalid + c.failed + c.unknown + c.queued + c['in-flight'] === 0
  return view.status === 'finished' && clean ? 0 : 1
}
