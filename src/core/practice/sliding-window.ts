/** Outcome of asking the limiter for a slot. */
export type WindowDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number }

/**
 * A strict sliding-window rate limiter: at most `limit` accepted requests in
 * any rolling `windowMs`. Refused requests do not count. This is the
 * strictest reading of "5 requests per second", so a client that survives
 * it survives a fixed-window server too.
 */
export class SlidingWindow {
  private readonly accepted: number[] = []

  constructor(
    public limit: number | null,
    private readonly windowMs: number = 1000
  ) {}

  /** Takes a slot at `now`, or says how long until the oldest slot frees up. */
  tryAcquire(now: number): WindowDecision {
    if (this.limit === null) return { ok: true }
    while (this.accepted.length > 0 && (this.accepted[0] ?? 0) <= now - this.windowMs) this.accepted.shift()
    if (this.accepted.length >= this.limit) {
      const oldest = this.accepted[0] ?? now
      return { ok: false, retryAfterMs: Math.max(1, oldest + this.windowMs - now) }
    }
    this.accepted.push(now)
    return { ok: true }
  }
}
