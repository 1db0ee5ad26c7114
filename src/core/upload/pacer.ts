import PQueue from 'p-queue'
import { rateOf, type RateWindow } from './pacing'

/** Thrown by Pacer.request() for a request that never started because the pacer was closed (job cancelled). */
export class PacerClosedError extends Error {
  constructor() {
    super('The upload was stopped before this request was sent.')
    this.name = 'PacerClosedError'
  }
}

/** Whether a value is the error Pacer.request() throws for a request it dropped unsent. */
export function isPacerClosed(error: unknown): error is PacerClosedError {
  return error instanceof PacerClosedError
}

/** How long start times are kept for the "current rate" figure. */
const RATE_HISTORY_MS = 10_000

/**
 * Every request of one job goes through here, first-time sends, retries,
 * reconciliation lookups and status polls alike, so none can bypass the
 * service's limit. Two p-queues:
 * - `slots` (concurrency, priority) bounds the requests in flight;
 * - `gate` (strict sliding window) hands out instantaneous permits; the
 *   permit's start time IS the request's start, so the window is enforced
 *   on the moments requests leave, not on when they were queued.
 * p-queue cannot change intervalCap/interval on a live queue, so a new pace
 * (adaptive-rate.ts) swaps in a new gate; the swap waits one new interval after the last
 * permit, which keeps the sliding window honest across the change.
 * Pausing (user, auth, Retry-After) pauses the gate: running requests finish.
 * With `coldStartMs`, the second window waits that much longer, once (see
 * COLD_START_MARGIN_MS in pacing.ts).
 */
export class Pacer {
  readonly #slots: PQueue
  #gate: PQueue
  #window: RateWindow
  readonly #pauses = new Set<string>()
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>()
  #holdUntil = 0
  #closed = false
  #lastPermitAt = Number.NEGATIVE_INFINITY
  #firstPermitAt = Number.NEGATIVE_INFINITY
  readonly #coldStartMs: number
  readonly #starts: number[] = []
  #requests = 0
  #waiting = 0
  #inFlight = 0
  readonly #onActivity: () => void

  constructor(window: RateWindow, concurrency: number, onActivity: () => void = () => {}, coldStartMs = 0) {
    this.#slots = new PQueue({ concurrency })
    this.#window = window
    this.#coldStartMs = Math.max(0, coldStartMs)
    this.#gate = this.#newGate(window)
    this.#onActivity = onActivity
    this.#apply()
  }

  /** Requests started so far (every send, retry, lookup and poll). */
  get requests(): number {
    return this.#requests
  }

  /** Requests waiting for a slot or a permit. */
  get waiting(): number {
    return this.#waiting
  }

  /** Requests running now. */
  get inFlight(): number {
    return this.#inFlight
  }

  /** The current sliding window. */
  get window(): RateWindow {
    return this.#window
  }

  /** Until when the service asked us to wait (Retry-After), if that is still ahead. */
  heldUntil(now: number = Date.now()): number | undefined {
    return this.#holdUntil > now ? this.#holdUntil : undefined
  }

  /** Requests per second actually started over the last `spanMs`. */
  recentRate(now: number = Date.now(), spanMs = 5000): number {
    const from = now - spanMs
    const first = this.#starts[0]
    if (first === undefined) return 0
    const count = this.#starts.filter((t) => t > from).length
    return (count * 1000) / Math.max(1000, Math.min(spanMs, now - first))
  }

  /**
   * Runs `call` once the pace allows; `startedAt` is its permit time.
   * Rejects with PacerClosedError if the pacer closes before it starts.
   * Higher `priority` goes first (lookups before new sends).
   */
  async request<T>(call: (startedAt: number) => Promise<T>, priority = 0): Promise<T> {
    if (this.#closed) throw new PacerClosedError()
    let started = false
    let waiting = true
    const stopWaiting = (): void => {
      if (!waiting) return
      waiting = false
      this.#waiting--
    }
    this.#waiting++
    this.#onActivity()
    try {
      return await this.#slots.add(
        async (): Promise<T> => {
          let startedAt: number
          try {
            startedAt = await this.#permit()
          } finally {
            stopWaiting()
          }
          started = true
          this.#inFlight++
          this.#onActivity()
          try {
            return await call(startedAt)
          } finally {
            this.#inFlight--
          }
        },
        { priority }
      )
    } catch (error) {
      if (!started && this.#closed) throw new PacerClosedError()
      throw error
    } finally {
      stopWaiting()
      this.#onActivity()
    }
  }

  /** Stops handing out permits for `reason` until resume(reason); other reasons keep their own hold. */
  pause(reason: string): void {
    this.#pauses.add(reason)
    this.#apply()
  }

  /** Lifts one pause reason. */
  resume(reason: string): void {
    this.#pauses.delete(reason)
    this.#apply()
  }

  /** The service asked us to wait (Retry-After): no request starts for `ms`. Extends, never shortens, a hold. */
  holdFor(ms: number, now: number = Date.now()): void {
    const until = now + Math.max(0, ms)
    if (until <= this.#holdUntil) return
    this.#holdUntil = until
    this.#pauseFor('hold', until - now)
  }

  /** Changes the pace (adaptive-rate.ts). See the class comment for why this swaps the gate. */
  setWindow(window: RateWindow): void {
    if (this.#closed || (window.intervalCap === this.#window.intervalCap && window.intervalMs === this.#window.intervalMs)) return
    const old = this.#gate
    this.#window = window
    this.#gate = this.#newGate(window)
    const wait = this.#lastPermitAt + window.intervalMs - Date.now()
    if (wait > 0) this.#pauseFor('handover', wait)
    this.#apply()
    // Waiting permits of the old gate reject; #permit() sees the swap and asks the new gate.
    old.clear()
  }

  /** The nominal pace now, in requests per second. */
  get nominalRate(): number {
    return rateOf(this.#window)
  }

  /** Drops every waiting request (they reject with PacerClosedError); running ones finish. */
  close(): void {
    if (this.#closed) return
    this.#closed = true
    for (const timer of this.#timers.values()) clearTimeout(timer)
    this.#timers.clear()
    this.#slots.clear()
    this.#gate.clear()
    this.#onActivity()
  }

  /** Resolves when no request is running or waiting. */
  async idle(): Promise<void> {
    await this.#slots.onIdle()
  }

  #newGate(window: RateWindow): PQueue {
    return new PQueue({ intervalCap: window.intervalCap, interval: window.intervalMs, strict: true, autoStart: false })
  }

  async #permit(): Promise<number> {
    for (;;) {
      if (this.#closed) throw new PacerClosedError()
      const gate = this.#gate
      try {
        return await gate.add(() => this.#notePermit(gate))
      } catch (error) {
        if (this.#closed) throw new PacerClosedError()
        if (gate !== this.#gate) continue
        throw error
      }
    }
  }

  /**
   * Records a permit at a time read by our own clock. p-queue stamps its window
   * a moment before this runs, and a busy machine can stretch that moment past
   * a millisecond, so the window is checked again here on the same reading that
   * is returned: the guarantee holds on the times callers actually start at.
   */
  async #notePermit(gate: PQueue): Promise<number> {
    for (;;) {
      const now = Date.now()
      const wait = this.#windowWait(now)
      if (wait <= 0) return this.#record(now)
      await new Promise((resolve) => setTimeout(resolve, wait))
      if (this.#closed || gate !== this.#gate) throw new PacerClosedError()
    }
  }

  /** How long until one more start fits the current sliding window, by the starts recorded here. */
  #windowWait(now: number): number {
    const cap = this.#window.intervalCap
    const oldest = this.#starts.length >= cap ? this.#starts[this.#starts.length - cap] : undefined
    return oldest === undefined ? 0 : oldest + this.#window.intervalMs - now
  }

  #record(now: number): number {
    this.#lastPermitAt = now
    this.#requests++
    if (this.#requests === 1) this.#firstPermitAt = now
    // The first window is complete: the next permit waits the cold-start margin on top of the window.
    if (this.#requests === this.#window.intervalCap && this.#coldStartMs > 0) {
      this.#pauseFor('cold-start', this.#firstPermitAt + this.#window.intervalMs + this.#coldStartMs - now)
    }
    this.#starts.push(now)
    while ((this.#starts[0] ?? now) < now - RATE_HISTORY_MS) this.#starts.shift()
    return now
  }

  #pauseFor(reason: string, ms: number): void {
    const existing = this.#timers.get(reason)
    if (existing !== undefined) clearTimeout(existing)
    this.#pauses.add(reason)
    this.#timers.set(
      reason,
      setTimeout(() => {
        this.#timers.delete(reason)
        this.resume(reason)
      }, ms)
    )
    this.#apply()
  }

  #apply(): void {
    if (this.#closed) return
    if (this.#pauses.size > 0) this.#gate.pause()
    else this.#gate.start()
    this.#onActivity()
  }
}
