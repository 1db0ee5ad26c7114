import { classifyError, type ClassifiedError } from './classify-error'
import type { JobContext } from './job-context'
import { decideRetry, type RetryCounters, type RetryDecision } from './retry-policy'

/** A request that failed as a whole, and what the engine decided: what the support log records. */
export interface Setback {
  readonly action: RetryDecision['action']
  readonly kind: ClassifiedError['kind']
  readonly status?: number
  readonly reason?: string
}

/**
 * decideRetry for a running job, told to the job's observer as well, so
 * every path (send, look-up, status poll) reports its retries and
 * refusals the same way.
 */
export function decideSetback(context: JobContext, error: ClassifiedError, counters: RetryCounters, resendIsSafe: boolean): RetryDecision {
  const decision = decideRetry(error, counters, resendIsSafe, context.policy, context.random)
  context.onSetback?.({
    action: decision.action,
    kind: error.kind,
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.reason !== undefined ? { reason: error.reason } : {})
  })
  return decision
}

/**
 * For a status read that failed (a poll, the service's totals): nothing is
 * retried now, since the next round asks again, but a refusal still holds
 * the pace or pauses the job as any other request's would.
 */
export function setBackStatusRead(context: JobContext, error: unknown): void {
  const decision = decideSetback(context, classifyError(error), { retries: 0, rateLimited: 0 }, true)
  if (decision.action === 'hold') context.pacer.holdFor(decision.delayMs)
  if (decision.action === 'pause-job') context.control.pause(decision.reason, decision.message, decision.retryAfterMs)
}
