import { AnswerWindow } from './answer-window'

/**
 * Tuning of the pace for a service whose limit is not documented (OCC).
 * See AdaptiveRate for the control law; the defaults were chosen with the
 * simulation in test/unit/upload/adaptive-rate.test.ts.
 */
export interface AdaptivePaceConfig {
  readonly initialRps: number
  readonly minRps: number
  readonly maxRps: number
  /** The pace may rise after each period this long of clean answers… */
  readonly periodMs: number
  /** …that used at least this share of the pace (idle or slow answers prove nothing). */
  readonly minUseFraction: number
  /** Before the first refusal, for a probe, and while climbing after a probe found the limit higher, each clean period multiplies the pace by this. */
  readonly slowStartFactor: number
  /** The shortest time at the measured limit before a probe… */
  readonly probeWaitMs: number
  /** …and the longest. */
  readonly maxProbeWaitMs: number
  /** How much a limit that has not moved is expected to rise, as a share of it (0.1 = 10 %), when a probe weighs what it may find. */
  readonly riseShare: number
  /** How often the limit is expected to move before the job has seen it move: once in this long. */
  readonly changeEveryMs: number
}

/**
 * Start at 5/s and double each clean second until the first 429; settle
 * just under the limit measured there; probe at twice the pace when a rise
 * is worth a refusal: about 50 s after the first refusal, sooner once the
 * limit has moved or fell below where it was, never sooner than 4 s after
 * a refusal nor later than 2 min. 0.5–25/s.
 */
export const DEFAULT_ADAPTIVE_PACE: AdaptivePaceConfig = {
  initialRps: 5,
  minRps: 0.5,
  maxRps: 25,
  periodMs: 1000,
  minUseFraction: 0.75,
  slowStartFactor: 2,
  probeWaitMs: 4000,
  maxProbeWaitMs: 120_000,
  riseShare: 0.1,
  changeEveryMs: 120_000
}

/** The rolling window a hidden limit is assumed to count in. */
const LIMIT_WINDOW_MS = 1000
/** What a refusal costs in time: the queue holds for the Retry-After, a second at OCC. */
const REFUSAL_COST_MS = 1000
/** Added to the allowance for lateness: timer and clock granularity. */
const SPREAD_SLACK_MS = 5
/** The most the pace asks shorter for the pacer's longer gaps: a few ms of writing each request out. */
const MAX_EXTRA_MS = 5
/** After refusals at the settled pace that were not a fall of the limit, coming often, the allowance grows by at least this… */
const MIN_WIDENING_MS = 10
/** …doubling each time, up to this. */
const MAX_WIDENING_MS = 200

/**
 * The interval the pacer keeps between requests at a pace: 1000/rps ms,
 * rounded up to a whole ms (pacing.ts windowForRate()). Here because the
 * settled pace is chosen as a whole interval (AdaptiveRate); 1000/(1000/k)
 * can come out a hair above k, which must still be k.
 */
export function intervalForPace(rps: number): number {
  return Math.max(1, Math.ceil(1000 / rps - 1e-9))
}

/** Where the pace is in its search for the limit. */
type Phase = 'start' | 'settled' | 'probe' | 'climb'

/** A refusal whose meaning is known only once a clean period has followed it. */
interface OpenRefusal {
  /** The limit before it; undefined at the first refusal. */
  readonly limitBefore: number | undefined
  readonly phase: Phase
  /** The pace when it came: a late answer may raise the measured limit, never the pace above this. */
  readonly rps: number
  /** When it came (the first, if the next one came before a clean period). */
  readonly at: number
  /** With a limiter that counts on arrival: when the refused request started (late answers to requests started before it still count). */
  readonly refusedStart?: number
}

/**
 * The pace for a service that refuses (429) above a limit it does not
 * publish. Each refusal is a measurement of what the service let through in
 * its own rolling second (answer-window.ts), so the limit is known, not
 * guessed: the most clean requests that surely fell in one rolling second
 * with the refused one. When refusals come back much faster than clean
 * answers, the limiter decides as a request arrives, before the service's
 * work, so that is counted by when requests started (answers still on their
 * way count when they come); otherwise by when the answers came.
 *
 * The pace then settles where `limit` requests fit in a second even when
 * each may reach the limiter late by as much as the way varies: a typical
 * refusal's round trip (the median) when the limiter decides on arrival,
 * the spread of round trips otherwise, 5 ms more either way. That is gaps of
 * (1000 + lateness) / limit ms, in whole ms, asked as much shorter as the
 * pacer makes them longer (it counts each gap from the moment the request
 * before left).
 *
 * It starts at 5/s and doubles each clean second until the first refusal.
 * Once settled it probes at twice the pace: refused at once if the limit is
 * where it was (one more measurement), refused at a new limit if the limit
 * rose a little, clean for a second if it rose a lot, and then the pace
 * doubles each clean second until a refusal measures it. Each refused probe
 * holds the queue for the Retry-After, so a probe waits until the rise it
 * may find is worth that: W = √(2 × 1 s × limit / (rate × rise)), where
 * `rate` is how often the limit has moved in this job (one move in 2 min
 * assumed to begin with: (moves + 1) / (time + 2 min)) and `rise` the larger
 * of a tenth of the limit and how far it is below the highest one measured
 * in the job; and once the work left takes less than W/2 at this pace, at
 * least W² / (2 × that time), so no probe comes too late to repay itself.
 * A steady limit costs a probe every minute or two, and a limit that fell
 * to half is probed for its return every 10–20 s.
 *
 * A refusal at the settled pace means the limit fell or a request reached
 * the limiter later than allowed for, and its count cannot tell which (the
 * second before shows the old limit if it fell, one less if a request came
 * late), so the limit and the pace hold. If the next refusal comes before a
 * clean period, it measures the new limit. If a clean period comes instead,
 * the limit did not fall; such a refusal costs a second's hold, and 10 ms
 * more allowance costs 1 % of the pace, so the allowance grows (10 ms,
 * doubling, up to 200) only when the refusals come more often than that
 * would cost: within 100 s of the last for 10 ms, 50 s for 20 ms, and so on.
 * Pure (time is passed in), so it is easy to simulate.
 */
export class AdaptiveRate {
  readonly #config: AdaptivePaceConfig
  readonly #answers = new AnswerWindow()
  readonly #remaining: (() => number) | undefined
  readonly #startedAt: number
  #rps: number
  #phase: Phase = 'start'
  /** Requests per rolling second the service allowed at the last refusal; undefined before the first. */
  #limit: number | undefined
  /** The highest limit measured in this job. */
  #highest = 0
  /** Times the measured limit moved in this job. */
  #changes = 0
  #open: OpenRefusal | undefined
  #settledAt: number
  #periodStart: number
  #answersInPeriod = 0
  #lastMeasuredAt = Number.NEGATIVE_INFINITY
  #wideningMs = 0
  #lateAt = Number.NEGATIVE_INFINITY
  /** How much longer than asked the pacer's gaps come out, ms (it counts each from the moment the request before left); undefined until measured. */
  #extraMs: number | undefined
  /** When the pace last changed: gaps from then on show the extra at this pace. */
  #paceSince = Number.NEGATIVE_INFINITY
  #now: number

  /** `remaining`, if given, tells how many requests the job still has to make, so a probe near its end can be left out. */
  constructor(config: AdaptivePaceConfig, now: number, remaining?: () => number) {
    this.#config = config
    this.#remaining = remaining
    this.#startedAt = now
    this.#now = now
    this.#rps = this.#clamp(config.initialRps)
    this.#settledAt = now
    this.#periodStart = now
  }

  /** The current pace in requests per second. */
  get rps(): number {
    return this.#rps
  }

  /** The limit measured at the last refusal, in requests per rolling second; undefined until one. */
  get measuredLimit(): number | undefined {
    return this.#limit
  }

  /** A request started at `startedAt` got an answer that was not a refusal at `now`. Returns the new rate if it changed. */
  onAnswer(startedAt: number, now: number): number | undefined {
    this.#noteStart(startedAt, now)
    this.#answers.add(startedAt, now)
    const late = this.#countLate(startedAt)
    this.#answersInPeriod++
    const elapsed = now - this.#periodStart
    if (elapsed < this.#config.periodMs) return late
    const used = this.#answersInPeriod >= this.#config.minUseFraction * this.#rps * (elapsed / 1000)
    this.#periodStart = now
    this.#answersInPeriod = 0
    if (!used) return late
    this.#closeRefusal()
    if (this.#phase === 'settled') {
      // A used period at the settled pace: the pacer, not the work, set the gaps.
      const extra = this.#answers.extraGapMs(intervalForPace(this.#rps), this.#paceSince)
      // The least seen in the job: steady, and on the safe side of a busy moment.
      if (extra !== undefined) this.#extraMs = Math.min(this.#extraMs ?? MAX_EXTRA_MS, extra)
    }
    const limit = this.#limit
    if (this.#phase === 'probe') this.#phase = 'climb' // a whole clean period at twice the pace: the limit rose
    if (this.#phase !== 'settled' || limit === undefined) return this.#change(this.#rps * this.#config.slowStartFactor)
    if (now - this.#settledAt >= this.#probeWait(limit, now)) {
      this.#phase = 'probe'
      return this.#change(this.#rps * this.#config.slowStartFactor)
    }
    return this.#change(this.#settled(limit)) // the allowance may have moved
  }

  /** A request started at `startedAt` was refused (429), the refusal received at `now`. Returns the new rate if it changed. */
  onRefused(startedAt: number, now: number): number | undefined {
    this.#noteStart(startedAt, now)
    this.#answers.addRefusal(startedAt, now)
    // Requests sent before the last measurement were sent too fast already; one overshoot, one measurement.
    if (startedAt < this.#lastMeasuredAt) return undefined
    this.#lastMeasuredAt = now
    const onArrival = this.#answers.refusesEarly()
    const sure = LIMIT_WINDOW_MS - this.#lateness()
    const counted = onArrival
      ? this.#answers.mostStartedWithin(sure, LIMIT_WINDOW_MS, startedAt)
      : Math.max(this.#answers.countWithin(now, LIMIT_WINDOW_MS), this.#answers.mostAnsweredWithin(sure, LIMIT_WINDOW_MS, now))
    // A refusal still open, with no clean period since, meant the limit fell: this one measures where to, and both are judged together.
    const previous = this.#open
    const first = previous ?? { limitBefore: this.#limit, phase: this.#phase, at: now }
    this.#open = { limitBefore: first.limitBefore, phase: first.phase, at: first.at, rps: this.#rps, ...(onArrival ? { refusedStart: startedAt } : {}) }
    // A first refusal at the settled pace proves little by its count (the old limit if the limit fell, one less if a request
    // came late), so the limit and the pace hold until the next refusal or a clean period tells which.
    const held = previous === undefined && this.#phase === 'settled' ? this.#limit : undefined
    const limit = held ?? (counted > 0 ? counted : Math.max(this.#config.minRps, this.#rps * 0.8))
    this.#limit = limit
    this.#phase = 'settled'
    this.#settledAt = now
    this.#periodStart = now
    this.#answersInPeriod = 0
    return this.#change(Math.min(this.#rps, this.#settled(limit)))
  }

  /** A late clean answer to a request started before the refused one: the limiter counted it too. */
  #countLate(startedAt: number): number | undefined {
    const open = this.#open
    if (open?.refusedStart === undefined || this.#limit === undefined || startedAt >= open.refusedStart) return undefined
    const counted = this.#answers.mostStartedWithin(LIMIT_WINDOW_MS - this.#lateness(), LIMIT_WINDOW_MS, open.refusedStart)
    if (counted <= this.#limit) return undefined
    this.#limit = counted
    return this.#change(Math.min(open.rps, this.#settled(counted)))
  }

  /**
   * Once a clean period has followed a refusal, what it measured is known:
   * the limit moved, or a probe found it where it was, or a refusal at the
   * settled pace was no fall (allow for more lateness).
   */
  #closeRefusal(): void {
    const open = this.#open
    const limit = this.#limit
    this.#open = undefined
    if (open === undefined || limit === undefined) return
    this.#highest = Math.max(this.#highest, limit)
    if (open.limitBefore === undefined) return
    if (open.phase === 'settled' && limit >= open.limitBefore) {
      // A request came later than allowed for. More allowance is worth it when such refusals, each a second's hold,
      // come more often than it costs: 10 ms more in a second of window costs 1 % of the pace.
      const wider = Math.min(MAX_WIDENING_MS, Math.max(MIN_WIDENING_MS, this.#wideningMs * 2))
      if (open.at - this.#lateAt < (REFUSAL_COST_MS * LIMIT_WINDOW_MS) / wider) this.#wideningMs = wider
      this.#lateAt = open.at
    } else if (limit !== open.limitBefore) {
      this.#changes++
    }
  }

  /**
   * How long to stay at `limit` before a probe: until the rise it may find,
   * expected at the rate the limit moves, is worth the second a refused probe
   * costs; near the end of the job, until the work left is worth it too.
   */
  #probeWait(limit: number, now: number): number {
    const config = this.#config
    const rate = (this.#changes + 1) / (now - this.#startedAt + config.changeEveryMs)
    const rise = Math.max(limit * config.riseShare, this.#highest - limit)
    const wait = Math.min(config.maxProbeWaitMs, Math.max(config.probeWaitMs, Math.sqrt((2 * REFUSAL_COST_MS * limit) / (rate * rise))))
    const remaining = this.#remaining?.()
    if (remaining === undefined) return wait
    const remainingMs = Math.max(1, (remaining / this.#rps) * 1000)
    return Math.max(wait, (wait * wait) / (2 * remainingMs))
  }

  /**
   * The pace at which `limit` requests fit in a rolling second even when
   * each may reach the limiter as late as the way there varies: `limit`
   * gaps of (1000 + lateness) / limit ms. The pacer counts each gap from the
   * moment the request before left, so its gaps come out a little longer
   * than asked: the pace asks for a whole interval that much shorter.
   */
  #settled(limit: number): number {
    const spacing = (LIMIT_WINDOW_MS + this.#lateness() + this.#wideningMs) / limit
    return 1000 / Math.max(1, Math.ceil(spacing - (this.#extraMs ?? 0)))
  }

  /** Every request's start, for how much longer than asked the pacer's gaps come out. */
  #noteStart(startedAt: number, now: number): void {
    this.#now = now
    this.#answers.addStart(startedAt)
  }

  /**
   * How late a request may reach the limiter, ms: a typical refusal's round
   * trip when it decides on arrival (the way there and back; not the slowest,
   * as one slow moment of this machine's would slow the whole job, while a
   * request that does come later than this widens the allowance), else the
   * spread of round trips.
   */
  #lateness(): number {
    const way = (this.#answers.refusesEarly() ? this.#answers.typicalRefusalMs() : undefined) ?? this.#answers.spreadMs()
    return way + SPREAD_SLACK_MS
  }

  #change(rps: number): number | undefined {
    const next = this.#clamp(rps)
    if (next === this.#rps) return undefined
    this.#rps = next
    this.#paceSince = this.#now
    return next
  }

  #clamp(rps: number): number {
    return Math.min(this.#config.maxRps, Math.max(this.#config.minRps, rps))
  }
}
