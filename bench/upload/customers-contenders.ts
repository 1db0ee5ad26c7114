import { OCC_PRACTICE_RATE_LIMIT_RPS } from '../../src/core/services/occ/assumptions'
import { pacingFor, type PacingConfig } from '../../src/core/upload'
import { runEmulatorJob } from './emulator-job'
import { customersSource } from './tables'
import { uploadSample, type UploadSample } from './upload-sample'

/** Figure 2's workload: 1,000 profiles against a limit the app is not told, answers in 50–100 ms. */
export const CUSTOMER_ROWS = 1_000
export const HIDDEN_LIMIT = OCC_PRACTICE_RATE_LIMIT_RPS
export const TOO_FAST_RPS = 12

function engine(pacing?: PacingConfig): Promise<UploadSample> {
  return runEmulatorJob({
    service: 'occ',
    source: customersSource(CUSTOMER_ROWS),
    emulator: { limits: { occ: HIDDEN_LIMIT } },
    faults: { latencyMs: 50, jitterMs: 50 },
    ...(pacing !== undefined ? { pacing: () => pacing } : {})
  }).then((r) => uploadSample(r.view.counts.accepted, r.wallMs, r.startedAt, r.requests))
}

/** Sheetport as the app runs it: adaptive pace from 5/s. */
export const customersAdaptive = (): Promise<UploadSample> => engine()

/** The same engine held at its starting pace. */
export const customersFixedStart = (): Promise<UploadSample> => engine(pacingFor('occ', { adaptive: false }))

/** The same engine held at a pace above the hidden limit. */
export const customersTooFast = (): Promise<UploadSample> => engine(pacingFor('occ', { requestsPerSecond: TOO_FAST_RPS, adaptive: false }))
