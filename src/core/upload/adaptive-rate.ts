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
  /** Before the first refusal, each clean period multiplies the pace by this. */
  readonly slowStartFactor: number
  /** A probe above the measured limit starts this much higher (0.05 = 5 %) and doubles the step each clean period… */
  readonly probeStep: number
  /** …up to this step. */
  readonly maxProbeStep: number
  /** Time at the measured limit before probing above it; doubles after each probe that was refused… */
  readonly probeWaitMs: number
  /** …up to this; back to `probeWaitMs` when the limit itself moved. */
  readonly maxProbeWaitMs: number
}

/**
 * Start at 5/s and grow by a quarter each clean second until the first 429;
 * then settle just under the limit measured there, probe above it after 6 s,
 * and wait twice as long after each refused probe, up to 48 s. 0.5–25/s.
 */
export const DEFAULT_ADAPTIVE_PACE: AdaptivePaceConfig = {
  initialRps: 5,
  minRps: 0.5,
  maxRps: 25,
  periodMs: 1000,
  minUseFraction: 0.75,
  slowStartFactor: 1.25,
  probeStep: 0.05,
  maxProbeStep: 0.5,
  probeWaitMs: 6000,
  maxProbeWaitMs: 48_000
}

/** The rolling window a hidden limit is assumed to count in. */
const LIMIT_WINDOW_MS = 1000
/** Added to the measured spread: timer and clock granularity. */
const SPREAD_SLACK_MS = 5

/**
 * The pace for a service that refuses (429) above a limit it does not
 * publish. Each refusal is a measurement: the clean answers received in
 * the second before it are what the service let through in its own rolling
 * second (answer-window.ts), so the limit is known, not guessed. The pace
 * then settles where `limit` requests fit in a second even when each may
 * reach the service up to the observed spread of round trips late:
 * limit × 1000 / (1000 + spread). While answers stay clean it probes above
 * the limit now and then, growing step by step, so a limit that rises is
 * found; a probe that is refused is one more measurement, and the next
 * probe waits twice as long, so a steady limit costs a few refusals a
 * minute at most. A refusal at the settled pace means the limit fell: the
 * new count is taken at once. Pure (time is passed in), so it is easy to simulate.
 */
export class AdaptiveRate {
  readonly #config: AdaptivePaceConfig
  readonly #answers = new AnswerWindow()
  #rps: number
  /** Requests per rolling second the service allowed at the last refusal; undefined before the first. */
  #limit: number | undefined
  #probing = false
  #step: number
  #probeWait: number
  #settledAt: number
  #periodStart: number
  #answersInPeriod = 0
  #lastDecreaseAt = Number.NEGATIVE_INFINITY

  constructor(config: AdaptivePaceConfig, now: number) {
    this.#config = config
    this.#rps = this.#clamp(config.initialRps)
    this.#step = config.probeStep
    this.#probeWait = config.probeWaitMs
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
    this.#answers.add(startedAt, now)
    this.#answersInPeriod++
    const elapsed = now - this.#periodStart
    if (elapsed < this.#config.periodMs) return undefined
    const used = this.#answersInPeriod >= this.#config.minUseFraction * this.#rps * (elapsed / 1000)
    this.#periodStart = now
    this.#answersInPeriod = 0
    if (!used) return undefined
    const limit = this.#limit
    if (limit === undefined) return this.#change(this.#rps * this.#config.slowStartFactor)
    if (!this.#probing && now - this.#settledAt >= this.#probeWait) {
      this.#probing = true
      this.#step = this.#config.probeStep
    }
    if (!this.#probing) return this.#change(this.#settled(limit)) // the spread may have moved
    const next = Math.max(this.#rps, limit) * (1 + this.#step)
    this.#step = Math.min(this.#config.maxProbeStep, this.#step * 2)
    return this.#change(next)
  }

  /** A request started at `startedAt` was refused (429), the refusal received at `now`. Returns the new rate if it changed. */
  onRefused(startedAt: number, now: number): number | undefined {
    // Requests sent before the last decrease were sent too fast already; one overshoot, one measurement.
    if (startedAt < this.#lastDecreaseAt) return undefined
    this.#lastDecreaseAt = now
    const counted = this.#answers.countWithin(now, LIMIT_WINDOW_MS)
    const limitMoved = !this.#probing
    this.#limit = counted > 0 ? counted : Math.max(this.#config.minRps, this.#rps * 0.8)
    this.#probeWait = limitMoved ? this.#config.probeWaitMs : Math.min(this.#config.maxProbeWaitMs, this.#probeWait * 2)
    this.#probing = false
    this.#settledAt = now
    this.#periodStart = now
    this.#answersInPeriod = 0
    return this.#change(Math.min(this.#rps, this.#settled(this.#limit)))
  }

  /** The pace at which `limit` requests fit in a rolling second even when each may arrive up to the observed spread late. */
  #settled(limit: number): number {
    return (limit * LIMIT_WINDOW_MS) / (LIMIT_WINDOW_MS + this.#answers.spreadMs() + SPREAD_SLACK_MS)
  }

  #change(rps: number): number | undefined {
    const next = this.#clamp(rps)
    if (next === this.#rps) return undefined
    this.#rps = next
    return next
  }

  #clamp(rps: number): number {
    return Math.min(this.#config.maxRps, Math.max(this.#config.minRps, rps))
  }
}
