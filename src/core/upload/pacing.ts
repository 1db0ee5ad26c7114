import { DEFAULT_ADAPTIVE_PACE, type AdaptivePaceConfig } from './adaptive-rate'
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
  /** Extra wait, once, before the second window of a job (see COLD_START_MARGIN_MS); default none. */
  readonly coldStartMs?: number
}

/** Added to a documented 1-second window so clock and network jitter cannot squeeze a 6th request into it. */
export const SAFETY_MARGIN_MS = 50

/**
 * Added once, before a job's second window. The first window's requests
 * open new connections and run cold code, so they reach the service later
 * after their start than any later request does: on the practice emulator
 * 50–90 ms, more than SAFETY_MARGIN_MS, which let the second window's first
 * request arrive less than a second after the first window's and be refused
 * (benchmark figure 1). Costs a quarter of a second per job.
 */
export const COLD_START_MARGIN_MS = 250

/** OMNICOMMERCE: 5 requests per second (100 products each), 8 in flight. */
export const OMNICOMMERCE_PACING: PacingConfig = { intervalCap: 5, intervalMs: 1000 + SAFETY_MARGIN_MS, concurrency: 8, coldStartMs: COLD_START_MARGIN_MS }

/** NCLUE: 1 request per second; creates answer fast, 3 in flight covers slow answers. */
export const NCLUE_PACING: PacingConfig = { intervalCap: 1, intervalMs: 1000 + SAFETY_MARGIN_MS, concurrency: 3, coldStartMs: COLD_START_MARGIN_MS }

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
  return { intervalCap: 1, intervalMs: Math.max(1, Math.ceil(1000 / rps)) }
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
  const coldStartMs = COLD_START_MARGIN_MS
  if (occ.adaptive === false) return { ...windowForRate(rps), concurrency, coldStartMs }
  return { ...windowForRate(rps), concurrency, coldStartMs, adaptive: { ...DEFAULT_ADAPTIVE_PACE, ...occ.adaptive, initialRps: rps } }
}
