import type { ClassifiedError, ErrorKind } from './classify-error'

/** How hard the engine tries before giving up or asking a person. */
export interface RetryPolicy {
  /** Resends after network errors, timeouts, 5xx and garbled answers, per batch (not counting 429s). */
  readonly maxRetries: number
  /** Backoff before retry n (0-based) is random in [0, min(maxDelayMs, baseDelayMs * 2^n)] ("full jitter"). */
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** A Retry-After longer than this pauses the job ("the service asked us to wait") instead of sleeping. */
  readonly maxRetryAfterMs: number
  /** Refusals (429, or 503 with Retry-After) in a row for one batch before the job pauses. */
  readonly maxRateLimited: number
}

/** Defaults: 5 retries, 0.5 s → 30 s backoff, Retry-After honoured up to 60 s, 30 refusals in a row. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  maxRateLimited: 30
}

/** Why a job stopped by itself and waits for the user. */
export type AutoPauseReason = 'auth' | 'service-wait'

/**
 * What to do after a whole request failed:
 * - hold: the service asked everyone to wait; pause the whole queue for delayMs, then send again (through the queue)
 * - retry: back off delayMs (this batch only), then send again through the queue
 * - pause-job: stop sending and wait for the user (bad key, or an absurd wait)
 * - uncertain: the server may have processed it and resending could duplicate: reconcile, never resend blind
 * - fail: final; the rows fail with this reason
 */
export type RetryDecision =
  | { readonly action: 'hold'; readonly delayMs: number }
  | { readonly action: 'retry'; readonly delayMs: number }
  | { readonly action: 'pause-job'; readonly reason: AutoPauseReason; readonly message: string; readonly retryAfterMs?: number }
  | { readonly action: 'uncertain'; readonly message: string }
  | { readonly action: 'fail'; readonly reasonCode: string; readonly message: string }

/** A refusal: 429, or 503 with a Retry-After. These pause the whole queue and slow an adaptive pace. */
export function isAskedToWait(error: ClassifiedError): boolean {
  return error.kind === 'rate-limited' || (error.kind === 'server' && error.status === 503 && error.retryAfterMs !== undefined)
}

/** How many times this batch has already been refused or failed. */
export interface RetryCounters {
  readonly retries: number
  readonly rateLimited: number
}

/** Capped exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry))
  return Math.floor(Math.min(1, Math.max(0, random())) * ceiling)
}

const REASON_FOR_KIND: Record<ErrorKind, string> = {
  network: 'network-error',
  timeout: 'timeout',
  'rate-limited': 'rate-limited',
  server: 'server-error',
  auth: 'auth',
  rejected: 'rejected',
  'bad-response': 'bad-response',
  unexpected: 'unexpected'
}

/**
 * The retry rules in one pure function, so every path (send, reconcile,
 * poll) decides the same way and tests can check each rule directly.
 */
export function decideRetry(
  error: ClassifiedError,
  counters: RetryCounters,
  resendIsSafe: boolean,
  policy: RetryPolicy,
  random: () => number
): RetryDecision {
  if (isAskedToWait(error)) {
    if (counters.rateLimited >= policy.maxRateLimited) {
      return { action: 'pause-job', reason: 'service-wait', message: 'The service keeps asking us to slow down. Resume later.' }
    }
    const wait = error.retryAfterMs ?? Math.max(policy.baseDelayMs, backoffDelay(counters.rateLimited, policy, random))
    if (wait > policy.maxRetryAfterMs) {
      const minutes = Math.ceil(wait / 60_000)
      return {
        action: 'pause-job',
        reason: 'service-wait',
        retryAfterMs: wait,
        message: `The service asked us to wait about ${minutes} minute${minutes === 1 ? '' : 's'} before sending more. Resume later.`
      }
    }
    return { action: 'hold', delayMs: wait }
  }
  if (error.kind === 'auth') {
    return { action: 'pause-job', reason: 'auth', message: "The service refused the connection's key. Check the connection's key, then resume." }
  }
  const reasonCode = error.reason ?? (error.kind === 'rejected' && error.status !== undefined ? `http-${error.status}` : REASON_FOR_KIND[error.kind])
  if (error.kind === 'rejected') return { action: 'fail', reasonCode, message: error.message }
  // The adapter, which knows the operation, decides whether a resend can duplicate; the client's retrySafe is not enough.
  if (error.ambiguous && !resendIsSafe) return { action: 'uncertain', message: error.message }
  if (counters.retries >= policy.maxRetries) {
    const note = error.ambiguous ? ' The service may or may not have applied it.' : ''
    return { action: 'fail', reasonCode, message: `${error.message} (gave up after ${counters.retries + 1} attempts.${note})` }
  }
  const delay = Math.max(backoffDelay(counters.retries, policy, random), Math.min(error.retryAfterMs ?? 0, policy.maxDelayMs))
  return { action: 'retry', delayMs: delay }
}
