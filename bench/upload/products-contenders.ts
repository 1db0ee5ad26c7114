import { OMNICOMMERCE_PACING, type PacingConfig } from '../../src/core/upload'
import { runEmulatorJob } from './emulator-job'
import { runSequentialSender } from './sequential-sender'
import { productsSource } from './tables'
import { uploadSample, type UploadSample } from './upload-sample'

/** Figure 1's workload: 20,000 products, 150 ms per request. */
export const PRODUCT_ROWS = 20_000
export const PRODUCT_LATENCY_MS = 150
const FAULTS = { latencyMs: PRODUCT_LATENCY_MS }

function engine(pacing?: PacingConfig): Promise<UploadSample> {
  return runEmulatorJob({ service: 'omnicommerce', source: productsSource(PRODUCT_ROWS), faults: FAULTS, ...(pacing !== undefined ? { pacing: () => pacing } : {}) }).then((r) =>
    // Taken by the service at its 202: accepted, or still processing there (followed after sending).
    uploadSample(r.view.counts.accepted + r.view.counts.pending, r.wallMs, r.startedAt, r.requests)
  )
}

/** Sheetport as the app runs it: the JobService with the engine's own pacing. */
export const productsSheetport = (): Promise<UploadSample> => engine()

/** The same engine with the documented window and no margins: 5 per 1000 ms from the first request on (p-queue's strict window). */
export const productsNoMargin = (): Promise<UploadSample> => engine({ ...OMNICOMMERCE_PACING, intervalMs: 1000, coldStartMs: 0 })

/** A short script: one request at a time, no pacing, 429s waited out. */
export const productsSequential = (): Promise<UploadSample> =>
  runSequentialSender('omnicommerce', productsSource(PRODUCT_ROWS), FAULTS).then((r) => uploadSample(r.accepted, r.wallMs, r.startedAt, r.requests))
