import { AdaptiveRate, type AdaptivePaceConfig } from '../../../../src/core/upload/adaptive-rate'
import { windowForRate } from '../../../../src/core/upload/pacing'

/** What one simulated job measured. */
export interface SimulationResult {
  /** Accepted requests over what the hidden limit allowed in the same time (its integral). */
  readonly ofLimit: number
  readonly refusedFraction: number
  readonly refused: number
  readonly seconds: number
  readonly finalRps: number
}

/** A range of milliseconds, drawn uniformly. */
export type MsRange = readonly [number, number]

/**
 * The simulated world: a hidden sliding-window limit (which may change), and
 * where in each round trip the service counts a request.
 */
export interface SimulationSetup {
  /** The limit at time t (ms from the start): requests per rolling second. */
  readonly limitAt: (t: number) => number
  readonly concurrency: number
  /** Requests the job has to get accepted. */
  readonly requests: number
  /**
   * From a request's permit to the moment it is written out, ms. The pacer
   * spaces the next permit from that moment (pacer.ts), so each gap comes
   * out this much longer than the pace asks for. Default none.
   */
  readonly leaveMs?: MsRange
  /** From a request leaving to the moment the service's limiter counts it, ms: with `leaveMs`, the jitter the limit sees. */
  readonly upMs: MsRange
  /** From that moment to a clean answer back at the client (the service's work and the way back), ms. */
  readonly answerMs: MsRange
  /** From that moment to a refusal back at the client, ms: a limiter in front of the work answers a refusal at once. */
  readonly refusalMs: MsRange
  /** A busy network or service: this share of requests reaches the limiter this much later still. */
  readonly lateArrival?: { readonly share: number; readonly ms: MsRange }
  /** A busy client: this share of answers and refusals is handled this much later than it arrived (the client's own event loop). */
  readonly stall?: { readonly share: number; readonly ms: MsRange }
  /** Before the job's first request (the admin login, reading the rows), ms; counted in the time the limit allowed. */
  readonly startMs?: number
  readonly random: () => number
}

/**
 * A millisecond-step simulation of the OCC pacing loop over a whole job:
 * a strict 1-per-interval gate at the adaptive rate (each interval counted
 * from the moment the request before left), a concurrency cap, a
 * server that refuses over its sliding-window limit as requests reach its
 * limiter (refused requests do not count; a refusal is answered without the
 * service's work) with a whole-second Retry-After, and a queue-wide hold on
 * every refusal. No real time.
 */
export function simulatePace(config: AdaptivePaceConfig, setup: SimulationSetup): SimulationResult {
  const startMs = setup.startMs ?? 0
  let accepted = 0
  const control = new AdaptiveRate(config, startMs, () => setup.requests - accepted)
  const acceptedTimes: number[] = []
  type Flight = { startedAt: number; countAt: number; answerAt?: number; refused?: boolean }
  const flights: Flight[] = []
  const between = ([low, high]: MsRange): number => low + setup.random() * (high - low)
  let lastLeft = Number.NEGATIVE_INFINITY
  let holdUntil = startMs
  let refused = 0
  let allowed = 0
  let t = 0
  for (; accepted < setup.requests; t++) {
    const limit = setup.limitAt(t)
    allowed += limit / 1000
    for (const f of flights) {
      if (f.refused !== undefined || f.countAt > t) continue
      while (acceptedTimes.length > 0 && (acceptedTimes[0] ?? 0) <= t - 1000) acceptedTimes.shift()
      f.refused = acceptedTimes.length >= limit
      if (!f.refused) acceptedTimes.push(t)
      const stalled = setup.stall !== undefined && setup.random() < setup.stall.share ? between(setup.stall.ms) : 0
      f.answerAt = f.countAt + between(f.refused ? setup.refusalMs : setup.answerMs) + stalled
    }
    for (let i = flights.length - 1; i >= 0; i--) {
      const f = flights[i]
      if (f?.answerAt === undefined || f.answerAt > t) continue
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
    if (t >= holdUntil && flights.length < setup.concurrency && t - lastLeft >= gap && unanswered < setup.requests) {
      lastLeft = t + between(setup.leaveMs ?? [0, 0])
      const late = setup.lateArrival !== undefined && setup.random() < setup.lateArrival.share ? between(setup.lateArrival.ms) : 0
      flights.push({ startedAt: t, countAt: lastLeft + between(setup.upMs) + late })
    }
  }
  return { ofLimit: accepted / allowed, refusedFraction: refused / Math.max(1, accepted + refused), refused, seconds: t / 1000, finalRps: control.rps }
}
