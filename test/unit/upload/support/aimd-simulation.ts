import { AdaptiveRate, type AimdConfig } from '../../../../src/core/upload/adaptive-rate'
import { windowForRate } from '../../../../src/core/upload/pacing'

/** What one simulated run measured over its steady-state part. */
export interface SimulationResult {
  readonly acceptedPerSecond: number
  readonly refusedFraction: number
  readonly finalRps: number
}

/** The simulated world: a hidden sliding-window limit and answer latencies. */
export interface SimulationSetup {
  readonly hiddenLimit: number
  readonly concurrency: number
  readonly durationMs: number
  /** Measure from here on (after warm-up). */
  readonly measureFromMs: number
  /** One-way latency range in ms. */
  readonly latencyMs: readonly [number, number]
  readonly random: () => number
}

/**
 * A millisecond-step simulation of the OCC pacing loop: a strict 1-per-
 * interval gate at the AIMD rate, a concurrency cap, a server that refuses
 * over its sliding-window limit (refused requests do not count) with a whole-
 * second Retry-After, and a queue-wide hold on every refusal. No real time.
 */
export function simulateAimd(config: AimdConfig, setup: SimulationSetup): SimulationResult {
  const control = new AdaptiveRate(config, 0)
  const acceptedTimes: number[] = []
  type Flight = { startedAt: number; arriveAt: number; answerAt: number; refused?: boolean }
  const flights: Flight[] = []
  let lastStart = Number.NEGATIVE_INFINITY
  let holdUntil = 0
  let accepted = 0
  let refused = 0
  const latency = (): number => setup.latencyMs[0] + setup.random() * (setup.latencyMs[1] - setup.latencyMs[0])
  for (let t = 0; t < setup.durationMs; t++) {
    // Server side: requests arriving now.
    for (const f of flights) {
      if (f.refused !== undefined || f.arriveAt > t) continue
      while (acceptedTimes.length > 0 && (acceptedTimes[0] ?? 0) <= t - 1000) acceptedTimes.shift()
      f.refused = acceptedTimes.length >= setup.hiddenLimit
      if (!f.refused) acceptedTimes.push(t)
    }
    // Client side: answers arriving now.
    for (let i = flights.length - 1; i >= 0; i--) {
      const f = flights[i]
      if (f === undefined || f.answerAt > t) continue
      flights.splice(i, 1)
      const measured = f.startedAt >= setup.measureFromMs
      if (f.refused === true) {
        if (measured) refused++
        const oldest = acceptedTimes[0] ?? t
        holdUntil = Math.max(holdUntil, t + Math.max(1, Math.ceil((oldest + 1000 - t) / 1000)) * 1000)
        control.onRefused(f.startedAt, t)
      } else {
        if (measured) accepted++
        control.onAnswer(t)
      }
    }
    const gap = windowForRate(control.rps).intervalMs
    if (t >= holdUntil && flights.length < setup.concurrency && t - lastStart >= gap) {
      lastStart = t
      const up = latency()
      flights.push({ startedAt: t, arriveAt: t + up, answerAt: t + up + latency() })
    }
  }
  const seconds = (setup.durationMs - setup.measureFromMs) / 1000
  return { acceptedPerSecond: accepted / seconds, refusedFraction: refused / Math.max(1, accepted + refused), finalRps: control.rps }
}
