/** Clean answers remembered: enough for a rolling second at the fastest pace, and for a steady spread. */
const ANSWERS_KEPT = 64
/** The spread assumed until enough answers have come back to measure it. */
const SPREAD_UNTIL_MEASURED_MS = 50
/** Answers needed before the spread is measured rather than assumed. */
const ANSWERS_FOR_SPREAD = 8

/**
 * What a job's clean answers say about the service's own clock: how many
 * arrived in the last rolling second, and how much their round trips
 * spread. A service counts requests as they reach it; when the way back
 * takes about the same time for every answer, the answers arrive in the
 * same rhythm, so counting answers in the second before a refusal counts
 * what the service counted, and the spread of round trips is how much
 * later than planned a request may reach it.
 */
export class AnswerWindow {
  readonly #answeredAt: number[] = []
  readonly #roundTrips: number[] = []

  /** A clean answer to a request started at `startedAt`, received at `now`. */
  add(startedAt: number, now: number): void {
    this.#answeredAt.push(now)
    this.#roundTrips.push(now - startedAt)
    if (this.#answeredAt.length > ANSWERS_KEPT) this.#answeredAt.shift()
    if (this.#roundTrips.length > ANSWERS_KEPT) this.#roundTrips.shift()
  }

  /** Clean answers received in the `windowMs` up to `now`. */
  countWithin(now: number, windowMs: number): number {
    return this.#answeredAt.filter((at) => at > now - windowMs && at <= now).length
  }

  /** How far round trips spread (95th less 5th percentile), ms. */
  spreadMs(): number {
    if (this.#roundTrips.length < ANSWERS_FOR_SPREAD) return SPREAD_UNTIL_MEASURED_MS
    const sorted = [...this.#roundTrips].sort((a, b) => a - b)
    const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0
    return at(0.95) - at(0.05)
  }
}
