import { AdaptiveRate, type AdaptivePaceConfig } from '../../../../src/core/upload/adaptive-rate'
import { windowForRate } from '../../../../src/core/upload/pacing'

/** What one simulated job measured. */
export interface SimulationResult {
  /** Accepted requests over what the hidden limit allowed in the same time (its integral). */
  readonly ofLimit: number
  readonly refusedFraction: number
  readonly seconds: number
  readonly finalRps: number
}

/** The simulated world: a hidden sliding-window limit (which may change), and the two halves of each round trip. */
export interface SimulationSetup {
  /** The limit at time t (ms from the start): requests per rolling second. */
  readonly limitAt: (t: number) => number
  readonly concurrency: number
  /** Requests the job has to get accepted. */
  readonly requests: number
  /** Time from start to arrival at the service, ms: its range is the jitter the service sees. */
  readonly upMs: readonly [number, number]
  /** Time from the service's decision to the answer, ms. */
  readonly downMs: readonly [number, number]
  readonly random: () => number
}

/**
 * A millisecond-step simulation of the OCC pacing loop over a whole job:
 * a strict 1-per-interval gate at the adaptive rate, a concurrency cap, a
 * server that refuses over its sliding-window limit as requests arrive
 * (refused requests do not count) with a whole-second Retry-After, and a
 * queue-wide hold on every refusal. No real time.
 */
export function simulatePace(config: AdaptivePaceConfig, setup: SimulationSetup): SimulationResult {
  const control = new AdaptiveRate(config, 0)
  const acceptedTimes: number[] = []
  type Flight = { startedAt: number; arriveAt: number; answerAt: number; refused?: boolean }
  const flights: Flight[] = []
  const between = ([low, high]: readonly [number, number]): number => low + setup.random() * (high - low)
  let lastStart = Number.NEGATIVE_INFINITY
  let holdUntil = 0
  let accepted = 0
  let refused = 0
  let allowed = 0
  let t = 0
  for (; accepted < setup.requests; t++) {
    const limit = setup.limitAt(t)
    allowed += limit / 1000
    for (const f of flights) {
      if (f.refused !== undefined || f.arriveAt > t) continue
      while (acceptedTimes.length > 0 && (acceptedTimes[0] ?? 0) <= t - 1000) acceptedTimes.shift()
      f.refused = acceptedTimes.length >= limit
      if (!f.refused) acceptedTimes.push(t)
    }
    for (let i = flights.length - 1; i >= 0; i--) {
      const f = flights[i]
      if (f === undefined || f.answerAt > t) continue
      flights.splice(i, 1)
      if (f.refused === true) {
        refused++
        holdUntil = Math.max(holdUntil, t + 1000)
        control.onRefused(f.startedAt, t)
      } else {
        accepted++
        control.onAnswer(f.startedAt, t)
      }
    }
    const gap = windowForRate(control.rps).intervalMs
    const unanswered = accepted + flights.length
    if (t >= holdUntil && flights.length < setup.concurrency && t - lastStart >= gap && unanswered < setup.requests) {
      lastStart = t
      const arriveAt = t + between(setup.upMs)
      flights.push({ startedAt: t, arriveAt, answerAt: arriveAt + between(setup.downMs) })
    }
  }
  return { ofLimit: accepted / allowed, refusedFraction: refused / Math.max(1, accepted + refused), seconds: t / 1000, finalRps: control.rps }
}
