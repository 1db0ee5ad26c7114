import { describe, expect, it } from 'vitest'
import { classifyError, type ClassifiedError } from '../../../src/core/upload/classify-error'
import { backoffDelay, decideRetry, DEFAULT_RETRY_POLICY as P } from '../../../src/core/upload/retry-policy'

const err = (e: Partial<ClassifiedError> & Pick<ClassifiedError, 'kind'>): ClassifiedError => ({ ambiguous: false, retrySafe: true, message: 'm', ...e })
const fresh = { retries: 0, rateLimited: 0 }
const half = () => 0.5

describe('backoff', () => {
  it('is exponential, capped, with full jitter', () => {
    expect(backoffDelay(0, P, () => 1)).toBe(500)
    expect(backoffDelay(3, P, () => 1)).toBe(4000)
    expect(backoffDelay(20, P, () => 1)).toBe(30_000)
    expect(backoffDelay(3, P, () => 0)).toBe(0)
    expect(backoffDelay(3, P, half)).toBe(2000)
  })
})

describe('decideRetry', () => {
  it('429 and 503-with-Retry-After pause the whole queue for the Retry-After', () => {
    expect(decideRetry(err({ kind: 'rate-limited', status: 429, retryAfterMs: 2000 }), fresh, false, P, half)).toEqual({ action: 'hold', delayMs: 2000 })
    expect(decideRetry(err({ kind: 'server', status: 503, retryAfterMs: 1000 }), fresh, false, P, half)).toEqual({ action: 'hold', delayMs: 1000 })
  })

  it('a 429 without (or with garbage) Retry-After backs off, never less than the base delay', () => {
    const d = decideRetry(err({ kind: 'rate-limited', status: 429 }), { retries: 0, rateLimited: 4 }, false, P, () => 0)
    expect(d).toEqual({ action: 'hold', delayMs: 500 })
  })

  it('an absurd Retry-After (a day) pauses the job: "the service asked us to wait"', () => {
    const d = decideRetry(err({ kind: 'rate-limited', status: 429, retryAfterMs: 86_400_000 }), fresh, false, P, half)
    expect(d).toMatchObject({ action: 'pause-job', reason: 'service-wait', retryAfterMs: 86_400_000 })
    expect(d.action === 'pause-job' && d.message).toContain('asked us to wait')
  })

  it('endless refusals pause the job instead of looping', () => {
    expect(decideRetry(err({ kind: 'rate-limited', retryAfterMs: 10 }), { retries: 0, rateLimited: P.maxRateLimited }, false, P, half)).toMatchObject({ action: 'pause-job', reason: 'service-wait' })
  })

  it('401/403 pause the job asking to check the key', () => {
    const d = decideRetry(err({ kind: 'auth', status: 401 }), fresh, true, P, half)
    expect(d).toMatchObject({ action: 'pause-job', reason: 'auth' })
    expect(d.action === 'pause-job' && d.message).toContain("connection's key")
  })

  it('4xx validation answers are final, with the reason', () => {
    expect(decideRetry(err({ kind: 'rejected', status: 400 }), fresh, true, P, half)).toMatchObject({ action: 'fail', reasonCode: 'http-400' })
    expect(decideRetry(err({ kind: 'rejected', status: 409, reason: 'email-taken' }), fresh, false, P, half)).toMatchObject({ action: 'fail', reasonCode: 'email-taken' })
  })

  it('network errors and 5xx are retried a bounded number of times, then fail with a reason', () => {
    expect(decideRetry(err({ kind: 'server', status: 502 }), fresh, true, P, half)).toEqual({ action: 'retry', delayMs: 250 })
    expect(decideRetry(err({ kind: 'network' }), { retries: 4, rateLimited: 0 }, false, P, half)).toMatchObject({ action: 'retry' })
    const last = decideRetry(err({ kind: 'server', status: 500, ambiguous: true }), { retries: 5, rateLimited: 0 }, true, P, half)
    expect(last).toMatchObject({ action: 'fail', reasonCode: 'server-error' })
    expect(last.action === 'fail' && last.message).toMatch(/gave up after 6 attempts.*may or may not/)
  })

  it('an ambiguous failure of a non-idempotent create is never retried blind', () => {
    for (const kind of ['timeout', 'network', 'server', 'bad-response', 'unexpected'] as const) {
      expect(decideRetry(err({ kind, ambiguous: true, retrySafe: true }), fresh, false, P, half).action).toBe('uncertain')
    }
    // …but an upsert may simply be sent again.
    expect(decideRetry(err({ kind: 'timeout', ambiguous: true }), fresh, true, P, half).action).toBe('retry')
  })
})

describe('classifyError (by shape, never by class)', () => {
  it('reads the properties service clients set', () => {
    const e = Object.assign(new Error('OCC timed out.'), { kind: 'timeout', ambiguous: true, retrySafe: false, status: undefined, retryAfterMs: undefined })
    expect(classifyError(e)).toEqual({ kind: 'timeout', ambiguous: true, retrySafe: false, message: 'OCC timed out.' })
    expect(classifyError({ kind: 'rate-limited', message: 'slow down', retryAfterMs: 1000, status: 429 })).toEqual({
      kind: 'rate-limited',
      ambiguous: false,
      retrySafe: true,
      message: 'slow down',
      retryAfterMs: 1000,
      status: 429
    })
  })

  it('defaults ambiguity by kind when the error does not say', () => {
    expect(classifyError({ kind: 'timeout', message: 'x' }).ambiguous).toBe(true)
    expect(classifyError({ kind: 'rejected', message: 'x' }).ambiguous).toBe(false)
    expect(classifyError({ kind: 'rate-limited', message: 'x', retryAfterMs: -5 }).retryAfterMs).toBeUndefined()
  })

  it('treats anything else as unexpected and possibly processed, without keeping its text', () => {
    const c = classifyError(new TypeError('Invalid header value: Bearer sk-SECRET'))
    expect(c).toMatchObject({ kind: 'unexpected', ambiguous: true })
    expect(c.message).not.toContain('SECRET')
    expect(classifyError('boom').kind).toBe('unexpected')
    expect(classifyError({ kind: 'weird' }).kind).toBe('unexpected')
  })
})
