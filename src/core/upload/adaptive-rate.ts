/**
 * Tuning of the pace for a service whose limit is not documented (OCC).
 * See AdaptiveRate for the control law; the defaults were chosen with the
 * simulation in test/unit/upload/adaptive-rate.test.ts.
 */
export interface AimdConfig {
  readonly initialRps: number
  readonly minRps: number
  readonly maxRps: number
  /** Additive increase after each clean period… */
  readonly increaseRps: number
  /** …of this length. */
  readonly increaseEveryMs: number
  /**
   * Faster climb per period before the first refusal ("slow start") and,
   * after one, while the pace is below `recoverToFraction` of the pace that was refused.
   */
  readonly fastIncreaseRps: number
  readonly recoverToFraction: number
  /** Multiplicative decrease on a refusal (429). */
  readonly decreaseFactor: number
  /** Only probe upward when at least this share of the current pace was actually used in the period. */
  readonly minUseFraction: number
}

/**
 * Start at 5/s; climb +1/s per 1.5 s until the first 429; on a 429 ×0.8, climb
 * back fast to 90 % of the refused pace, then creep +0.05/s per 1.5 s. 0.5–25/s.
 * In simulation against a hidden 8/s sliding limit this settles at ~85 % of it
 * with under 1 % refused (a 1 s Retry-After hold per refusal included).
 */
export const DEFAULT_AIMD: AimdConfig = {
  initialRps: 5,
  minRps: 0.5,
  maxRps: 25,
  increaseRps: 0.05,
  increaseEveryMs: 1500,
  fastIncreaseRps: 1,
  recoverToFraction: 0.9,
  decreaseFactor: 0.8,
  minUseFraction: 0.75
}

/**
 * Additive-increase / multiplicative-decrease pacing: the rate creeps up
 * while the service answers without refusing, and drops by a factor on a
 * 429, so it settles just under a hidden limit instead of hammering it or
 * wasting most of it. Pure (time is passed in), so it is easy to simulate.
 */
export class AdaptiveRate {
  readonly #config: AimdConfig
  #rps: number
  #periodStart: number
  #answersInPeriod = 0
  #lastDecreaseAt = Number.NEGATIVE_INFINITY
  /** The pace at the last refusal: the service's limit is probably just under it. */
  #refusedAt: number | undefined

  constructor(config: AimdConfig, now: number) {
    this.#config = config
    this.#rps = clamp(config.initialRps, config.minRps, config.maxRps)
    this.#periodStart = now
  }

  /** The current pace in requests per second. */
  get rps(): number {
    return this.#rps
  }

  /** A request got an answer that was not a refusal. Returns the new rate if it changed. */
  onAnswer(now: number): number | undefined {
    this.#answersInPeriod++
    const elapsed = now - this.#periodStart
    if (elapsed < this.#config.increaseEveryMs) return undefined
    const used = this.#answersInPeriod >= this.#config.minUseFraction * this.#rps * (elapsed / 1000)
    this.#periodStart = now
    this.#answersInPeriod = 0
    if (!used) return undefined
    return this.#change(Math.min(this.#config.maxRps, this.#nextRate()), now)
  }

  /** A request started at `startedAt` was refused (429). Returns the new rate if it changed. */
  onRefused(startedAt: number, now: number): number | undefined {
    // Requests sent before the last decrease were sent too fast already; one overshoot, one decrease.
    if (startedAt < this.#lastDecreaseAt) return undefined
    this.#refusedAt = this.#rps
    this.#lastDecreaseAt = now
    return this.#change(Math.max(this.#config.minRps, this.#rps * this.#config.decreaseFactor), now)
  }

  /** Fast while far below the refused pace (but never past its recovery point), then slow. */
  #nextRate(): number {
    if (this.#refusedAt === undefined) return this.#rps + this.#config.fastIncreaseRps
    const recoverTo = this.#refusedAt * this.#config.recoverToFraction
    if (this.#rps >= recoverTo) return this.#rps + this.#config.increaseRps
    return Math.min(recoverTo, this.#rps + this.#config.fastIncreaseRps)
  }

  #change(rps: number, now: number): number | undefined {
    this.#periodStart = now
    this.#answersInPeriod = 0
    if (rps === this.#rps) return undefined
    this.#rps = rps
    return rps
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
