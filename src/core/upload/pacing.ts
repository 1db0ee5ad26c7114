import { DEFAULT_ADAPTIVE_PACE, intervalForPace, type AdaptivePaceConfig } from './adaptive-rate'
import type { ServiceName } from './target-adapter'

/** A sliding-window limit: at most `intervalCap` requests start in any `intervalMs` (p-queue strict mode). */
export interface RateWindow {
  readonly intervalCap: number
  readonly intervalMs: number
}

/**
 * How fast one job may talk to its service. Status polls and reconciliation
 * lookups spend from the same budget. With `adaptive`, the window is only the
 * starting pace and the adaptive pace moves it (see adaptive-rate.ts).
 */
export interface PacingConfig extends RateWindow {
  /** Requests in flight at once: enough that a 1-second answer does not lower throughput below the limit. */
  readonly concurrency: number
  readonly adaptive?: AdaptivePaceConfig
}

/**
 * Added to a documented 1-second window. The pacer keeps the window on the
 * moments requests were written out to the network (sent-at.ts), which
 * already holds a late first connection or a busy machine; what is left is
 * the way from this computer's socket to the service's clock and both
 * clocks' millisecond rounding. A refusal all the same widens the window
 * further (Pacer.widen()).
 */
export const ARRIVAL_SLACK_MS = 10

/**
 * Added once, before the second request of NCLUE's own spacing gate
 * (targets/intents): its first request opens a new connection and runs
 * cold code, so it reaches the service later after its start than any
 * later request does (50–90 ms on the practice emulator).
 */
export const COLD_START_MARGIN_MS = 250

/** OMNICOMMERCE: 5 requests per second (100 products each), 8 in flight. */
export const OMNICOMMERCE_PACING: PacingConfig = { intervalCap: 5, intervalMs: 1000 + ARRIVAL_SLACK_MS, concurrency: 8 }

/** NCLUE: 1 request per second; creates answer fast, 3 in flight covers slow answers. */
export const NCLUE_PACING: PacingConfig = { intervalCap: 1, intervalMs: 1000 + ARRIVAL_SLACK_MS, concurrency: 3 }

/** Knobs for a service whose limit is not documented (OCC). */
export interface OccPacingOptions {
  /** Starting pace; default 5/s. */
  readonly requestsPerSecond?: number
  /** At most this many in flight; default 4. */
  readonly concurrency?: number
  /** Tuning of the adaptive pace, or false for a fixed pace. */
  readonly adaptive?: Partial<AdaptivePaceConfig> | false
}

/**
 * A smooth window for a pace in requests per second: one request per
 * 1000/rps ms (rounded up), so no sliding second ever sees more than the pace.
 * Used for fractional and adaptive paces.
 */
export function windowForRate(rps: number): RateWindow {
  return { intervalCap: 1, intervalMs: intervalForPace(rps) }
}

/** The nominal pace of a window, in requests per second. */
export function rateOf(window: RateWindow): number {
  return (window.intervalCap * 1000) / window.intervalMs
}

/** The default pacing of each service. OCC's limit is undocumented, so its pace adapts (adaptive-rate.ts) unless told otherwise. */
export function pacingFor(service: ServiceName, occ: OccPacingOptions = {}): PacingConfig {
  if (service === 'omnicommerce') return OMNICOMMERCE_PACING
  if (service === 'nclue') return NCLUE_PACING
  const rps = occ.requestsPerSecond ?? 5
  const concurrency = occ.concurrency ?? 4
  if (occ.adaptive === false) return { ...windowForRate(rps), concurrency }
  return { ...windowForRate(rps), concurrency, adaptive: { ...DEFAULT_ADAPTIVE_PACE, ...occ.adaptive, initialRps: rps } }
}
