import { OMNICOMMERCE_PACING, type PacingConfig } from '../../src/core/upload'
import { runEmulatorJob } from './emulator-job'
import { runSequentialSender } from './sequential-sender'
import { productsSource } from './tables'
import { uploadSample, type UploadSample, type WindowGaps } from './upload-sample'
import type { RequestLogEntry } from '../../src/core/practice/types'
import { median } from '../lib/stats'

/** Figure 1's workload: 20,000 products, 150 ms per request. */
export const PRODUCT_ROWS = 20_000
export const PRODUCT_LATENCY_MS = 150
/** The jittered run: answers take 150 ± 50 ms (100 ms plus up to 100 ms at random). */
export const PRODUCT_JITTER_MS = 50
const FAULTS = { latencyMs: PRODUCT_LATENCY_MS }
const JITTERED = { latencyMs: PRODUCT_LATENCY_MS - PRODUCT_JITTER_MS, jitterMs: 2 * PRODUCT_JITTER_MS }

function engine(pacing?: PacingConfig, faults: typeof FAULTS | typeof JITTERED = FAULTS): Promise<UploadSample> {
  return runEmulatorJob({ service: 'omnicommerce', source: productsSource(PRODUCT_ROWS), faults, ...(pacing !== undefined ? { pacing: () => pacing } : {}) }).then((r) =>
    // Taken by the service at its 202: accepted, or still processing there (followed after sending).
    ({
      ...uploadSample(r.view.counts.accepted + r.view.counts.pending, r.wallMs, r.startedAt, r.requests),
      windowGaps: windowGaps(r.requests),
      sendingMs: lastCreateAnswered(r.requests) - r.startedAt,
      readsWhileSending: readsBeforeLastCreate(r.requests),
      firstCreateMs: Math.min(...r.requests.filter((entry) => entry.method === 'POST').map((entry) => entry.at)) - r.startedAt
    })
  )
}

/**
 * How far apart, by the emulator's clock, each request and the one a whole
 * window (5 requests) later arrived: 1000 ms is the limit exactly, anything
 * above it is time the sender left unused.
 */
function windowGaps(log: readonly RequestLogEntry[]): WindowGaps {
  const cap = OMNICOMMERCE_PACING.intervalCap
  const at = log.map((entry) => entry.at).sort((a, b) => a - b)
  const gaps = at.slice(cap).map((t, i) => t - (at[i] ?? t))
  return { minMs: Math.min(...gaps), medianMs: median(gaps), firstMs: gaps[0] ?? Number.NaN }
}

/** When the service answered the job's last create: from then on it holds every product. */
function lastCreateAnswered(log: readonly RequestLogEntry[]): number {
  return Math.max(...log.filter((entry) => entry.method === 'POST').map((entry) => entry.answeredAt ?? Number.NaN))
}

/** Requests other than creates that arrived before the last create did: they took places in the windows. */
function readsBeforeLastCreate(log: readonly RequestLogEntry[]): number {
  const lastCreate = Math.max(...log.filter((entry) => entry.method === 'POST').map((entry) => entry.at))
  return log.filter((entry) => entry.method !== 'POST' && entry.at <= lastCreate).length
}

/** Sheetport as the app runs it: the JobService with the engine's own pacing. */
export const productsSheetport = (): Promise<UploadSample> => engine()

/** Sheetport as the app runs it, with answers that vary by ±50 ms. */
export const productsSheetportJittered = (): Promise<UploadSample> => engine(undefined, JITTERED)

/** The same engine with the documented window and no margins: 5 per 1000 ms from the first request on (p-queue's strict window). */
export const productsNoMargin = (): Promise<UploadSample> => engine({ ...OMNICOMMERCE_PACING, intervalMs: 1000 })

/** A short script: one request at a time, no pacing, 429s waited out. */
export const productsSequential = (): Promise<UploadSample> =>
  runSequentialSender('omnicommerce', productsSource(PRODUCT_ROWS), FAULTS).then((r) => uploadSample(r.accepted, r.wallMs, r.startedAt, r.requests))
