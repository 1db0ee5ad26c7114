/** Clean answers remembered: enough for a rolling second at the fastest pace, and for a steady spread. */
const ANSWERS_KEPT = 64
/** Refusals remembered, for how fast the service refuses. */
const REFUSALS_KEPT = 8
/** Starts remembered, for how much longer than asked the gaps between them come out. */
const STARTS_KEPT = 32
/** Back-to-back gaps needed before that is measured. */
const GAPS_FOR_EXTRA = 8
/** The share of those gaps allowed to come out shorter than the measure (its percentile). */
const EXTRA_SHARE = 0.1
/** Refusals typically faster than this share of the fastest clean answers mean the limiter decides before the service's work. */
const EARLY_SHARE = 0.75
/** The spread assumed until enough answers have come back to measure it. */
const SPREAD_UNTIL_MEASURED_MS = 50
/** Answers needed before the spread is measured rather than assumed. */
const ANSWERS_FOR_SPREAD = 8

/** One clean answer: when its request started, and when the answer came back. */
interface Answer {
  readonly startedAt: number
  readonly answeredAt: number
}

/**
 * What a job's answers say about the service's own clock: how many clean
 * answers came in a rolling second, how much their round trips spread, how
 * fast the service refuses, and how far apart requests really started. A
 * service counts requests as they reach its limiter. When the limiter
 * answers a refusal at once, before the service's own work, refusals come
 * back much faster than clean answers: then a request reaches the limiter
 * early in its round trip, in the rhythm it was started in, the slow part
 * comes after the count, and what may make it late is about the way a
 * refusal takes. When refusals take as long as answers, the count comes at
 * the end, and answers come back in the rhythm the service counted them.
 */
export class AnswerWindow {
  readonly #answers: Answer[] = []
  readonly #roundTrips: number[] = []
  readonly #refusalTrips: number[] = []
  readonly #starts: number[] = []

  /** A clean answer to a request started at `startedAt`, received at `now`. */
  add(startedAt: number, now: number): void {
    this.#answers.push({ startedAt, answeredAt: now })
    this.#roundTrips.push(now - startedAt)
    if (this.#answers.length > ANSWERS_KEPT) this.#answers.shift()
    if (this.#roundTrips.length > ANSWERS_KEPT) this.#roundTrips.shift()
  }

  /** A refusal of a request started at `startedAt`, received at `now`. */
  addRefusal(startedAt: number, now: number): void {
    this.#refusalTrips.push(now - startedAt)
    if (this.#refusalTrips.length > REFUSALS_KEPT) this.#refusalTrips.shift()
  }

  /** A request, answered or refused, started at `startedAt` (kept in time order, as answers may come out of it). */
  addStart(startedAt: number): void {
    let at = this.#starts.length
    while (at > 0 && (this.#starts[at - 1] ?? 0) > startedAt) at--
    this.#starts.splice(at, 0, startedAt)
    if (this.#starts.length > STARTS_KEPT) this.#starts.shift()
  }

  /**
   * How much longer than `intervalMs` the gaps between requests started
   * from `since` on came out, ms: nine in ten were at least this much
   * longer. Only back-to-back gaps count (under one and a half intervals; a
   * longer one waited for work or a hold). Undefined until there are enough.
   */
  extraGapMs(intervalMs: number, since: number): number | undefined {
    const extras: number[] = []
    for (let i = 1; i < this.#starts.length; i++) {
      const from = this.#starts[i - 1] ?? 0
      const gap = (this.#starts[i] ?? 0) - from
      if (from >= since && gap < intervalMs * 1.5) extras.push(gap - intervalMs)
    }
    if (extras.length < GAPS_FOR_EXTRA) return undefined
    extras.sort((a, b) => a - b)
    return Math.max(0, extras[Math.floor(extras.length * EXTRA_SHARE)] ?? 0)
  }

  /** Clean answers received in the `windowMs` up to `now`. */
  countWithin(now: number, windowMs: number): number {
    return this.#answers.filter((a) => a.answeredAt > now - windowMs && a.answeredAt <= now).length
  }

  /**
   * The most clean requests started within `spanMs` of each other, counting
   * back from `to` and from each one started in the `windowMs` before it.
   * With `spanMs` a window less the lateness allowed for, a limiter that
   * counts requests as they arrive surely held that many in one rolling
   * window: its limit is at least that.
   */
  mostStartedWithin(spanMs: number, windowMs: number, to: number): number {
    return this.#mostWithin((a) => a.startedAt, spanMs, windowMs, to)
  }

  /** The same for answers received within `spanMs` of each other, up to and including `now`: for a limiter that counts as it answers. */
  mostAnsweredWithin(spanMs: number, windowMs: number, now: number): number {
    return this.#mostWithin((a) => a.answeredAt, spanMs, windowMs, now + 1)
  }

  /** The most of the times `at` (before `to`) within `spanMs` of each other, each group ending at `to` or at one of them in the `windowMs` before it. */
  #mostWithin(at: (answer: Answer) => number, spanMs: number, windowMs: number, to: number): number {
    const times = this.#answers.map(at).filter((t) => t < to)
    let most = 0
    for (const end of [to, ...times.filter((t) => t > to - windowMs)]) {
      most = Math.max(most, times.filter((t) => t > end - spanMs && t <= end).length)
    }
    return most
  }

  /** How far round trips of clean answers spread (95th less 5th percentile), ms. */
  spreadMs(): number {
    if (this.#roundTrips.length < ANSWERS_FOR_SPREAD) return SPREAD_UNTIL_MEASURED_MS
    return this.#percentile(0.95) - this.#percentile(0.05)
  }

  /** The median of the refusals remembered, ms (one slow moment of this machine's does not move it); undefined before the first. */
  typicalRefusalMs(): number | undefined {
    if (this.#refusalTrips.length === 0) return undefined
    const sorted = [...this.#refusalTrips].sort((a, b) => a - b)
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
  }

  /**
   * Whether the service refuses before its own work: refusals typically come
   * back in under three quarters of the time of the fastest clean answers
   * (their 5th percentile). Then requests are counted as they arrive, not as
   * they are answered.
   */
  refusesEarly(): boolean {
    const typical = this.typicalRefusalMs()
    return typical !== undefined && this.#roundTrips.length >= ANSWERS_FOR_SPREAD && typical < this.#percentile(0.05) * EARLY_SHARE
  }

  #percentile(share: number): number {
    const sorted = [...this.#roundTrips].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0
  }
}
