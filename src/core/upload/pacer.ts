import PQueue from 'p-queue'
import { observeSending } from '../http/sent-at'
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
/** How often a permit looks again while the request it waits on is still being written out. */
const LEAVING_POLL_MS = 2
/** After a refusal at a fixed pace, each second of window grows by at least this… */
const MIN_WIDENING_MS = 10
/** …doubling with each refusal, up to this. */
const MAX_WIDENING_MS = 200
/** The span a widening is given for: a service counts its limit per rolling second. */
const WIDENING_SPAN_MS = 1000

/** One request's place in the window: when it left, or when it started while it is still being written out. */
interface SendMark {
  at: number
  leaving: boolean
}

/**
 * Every request of one job goes through here, first-time sends, retries,
 * reconciliation lookups and status polls alike, so none can bypass the
 * service's limit. Two p-queues:
 * - `slots` (concurrency, priority) bounds the requests in flight;
 * - `gate` (strict sliding window) hands out instantaneous permits, and
 *   each permit is checked again against the moments earlier requests were
 *   actually written out to the network (sent-at.ts): a request that left
 *   late, on a new connection or from a busy machine, moves the next window
 *   with it, so the window holds on the service's side too, without a fixed
 *   allowance for lateness.
 * p-queue cannot change intervalCap/interval on a live queue, so a new pace
 * (adaptive-rate.ts) swaps in a new gate; the swap waits one new interval after the last
 * request left, which keeps the sliding window honest across the change.
 * Pausing (user, auth, Retry-After) pauses the gate, and the permits already
 * out of it wait too: running requests finish.
 * A refusal at a fixed pace (widen()) means the way to the service varies
 * more than the window allows for: every later window waits a little longer.
 */
export class Pacer {
  readonly #slots: PQueue
  #gate: PQueue
  #window: RateWindow
  readonly #pauses = new Set<string>()
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>()
  /** Permits already out of the gate, waiting for a pause to end. */
  #unpaused: Array<() => void> = []
  #holdUntil = 0
  #closed = false
  #wideningMs = 0
  readonly #starts: SendMark[] = []
  #requests = 0
  #waiting = 0
  #inFlight = 0
  readonly #onActivity: () => void

  constructor(window: RateWindow, concurrency: number, onActivity: () => void = () => {}) {
    this.#slots = new PQueue({ concurrency })
    this.#window = window
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
    const count = this.#starts.filter((mark) => mark.at > from).length
    return (count * 1000) / Math.max(1000, Math.min(spanMs, now - first.at))
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
          let mark: SendMark
          try {
            mark = await this.#permit()
          } finally {
            stopWaiting()
          }
          const startedAt = mark.at
          started = true
          this.#inFlight++
          this.#onActivity()
          const left = (sentAt: number): void => {
            mark.at = Math.max(mark.at, sentAt)
            mark.leaving = false
          }
          try {
            return await observeSending(left, () => call(startedAt))
          } finally {
            mark.leaving = false
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

  /**
   * The service refused a request at a fixed pace: later windows wait 10 ms
   * longer per second they span, then twice as long each time, up to 200 ms.
   * Per second, because the service counts per second: 5 per 1010 ms waits
   * 10 ms more a window, 1 per 84 ms (12/s) less than 1 ms more a request.
   */
  widen(): void {
    this.#wideningMs = Math.min(MAX_WIDENING_MS, Math.max(MIN_WIDENING_MS, this.#wideningMs * 2))
  }

  /** How much longer each second of window now lasts, after refusals (widen()). */
  get wideningMs(): number {
    return this.#wideningMs
  }

  /** Changes the pace (adaptive-rate.ts). See the class comment for why this swaps the gate. */
  setWindow(window: RateWindow): void {
    if (this.#closed || (window.intervalCap === this.#window.intervalCap && window.intervalMs === this.#window.intervalMs)) return
    const old = this.#gate
    this.#window = window
    this.#gate = this.#newGate(window)
    const wait = (this.#starts.at(-1)?.at ?? Number.NEGATIVE_INFINITY) + window.intervalMs - Date.now()
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
    this.#release()
    this.#onActivity()
  }

  /** Resolves when no request is running or waiting. */
  async idle(): Promise<void> {
    await this.#slots.onIdle()
  }

  #newGate(window: RateWindow): PQueue {
    return new PQueue({ intervalCap: window.intervalCap, interval: window.intervalMs, strict: true, autoStart: false })
  }

  async #permit(): Promise<SendMark> {
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
   * on permits, which come before requests leave, so the window is checked
   * again here on the moments requests left (and on this very reading for
   * the one that starts now). p-queue's own cadence then runs ahead of the
   * permits, so several may be out of the gate and waiting here when a
   * pause comes (a Retry-After hold above all): they wait for it to end too.
   */
  async #notePermit(gate: PQueue): Promise<SendMark> {
    for (;;) {
      if (this.#pauses.size > 0) {
        await new Promise<void>((resolve) => this.#unpaused.push(resolve))
        if (this.#closed || gate !== this.#gate) throw new PacerClosedError()
        continue
      }
      const now = Date.now()
      const wait = this.#windowWait(now)
      if (wait <= 0) return this.#record(now)
      await new Promise((resolve) => setTimeout(resolve, wait))
      if (this.#closed || gate !== this.#gate) throw new PacerClosedError()
    }
  }

  /**
   * How long until one more request fits the current sliding window, by the
   * moments the earlier ones left. One still being written out has not left
   * yet: it is looked at again shortly.
   */
  #windowWait(now: number): number {
    const cap = this.#window.intervalCap
    const oldest = this.#starts.length >= cap ? this.#starts[this.#starts.length - cap] : undefined
    if (oldest === undefined) return 0
    const widening = (this.#wideningMs * this.#window.intervalMs) / WIDENING_SPAN_MS
    const wait = oldest.at + this.#window.intervalMs + widening - now
    return oldest.leaving ? Math.max(wait, LEAVING_POLL_MS) : wait
  }

  /**
   * A request the job made before this pacer existed (its yardstick read,
   * while the rows were prepared): it counts in the window like the rest,
   * kept in time order among them.
   */
  noteEarlier(sentAt: number): void {
    this.#requests++
    const at = this.#starts.findIndex((mark) => mark.at > sentAt)
    this.#starts.splice(at < 0 ? this.#starts.length : at, 0, { at: sentAt, leaving: false })
  }

  #record(now: number): SendMark {
    this.#requests++
    const mark: SendMark = { at: now, leaving: true }
    this.#starts.push(mark)
    while ((this.#starts[0]?.at ?? now) < now - RATE_HISTORY_MS && this.#starts.length > this.#window.intervalCap) this.#starts.shift()
    return mark
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
    else {
      this.#gate.start()
      this.#release()
    }
    this.#onActivity()
  }

  /** Lets the permits waiting for a pause to end look again. */
  #release(): void {
    const waiting = this.#unpaused
    this.#unpaused = []
    for (const resolve of waiting) resolve()
  }
}
