import { OCC_PRACTICE_RATE_LIMIT_RPS } from '../../src/core/services/occ/assumptions'
import { pacingFor, type PacingConfig } from '../../src/core/upload'
import { runEmulatorJob, type LimitChange } from './emulator-job'
import { customersSource } from './tables'
import { uploadSample, type UploadSample } from './upload-sample'

/** Figure 2's workload: 1,000 profiles against a limit the app is not told, answers in 50–100 ms. */
export const CUSTOMER_ROWS = 1_000
export const HIDDEN_LIMIT = OCC_PRACTICE_RATE_LIMIT_RPS
export const TOO_FAST_RPS = 12
/** The moving limit: 8/s, then 4/s from 40 s into the job, then 10/s from 80 s. */
export const LIMIT_CHANGES: readonly LimitChange[] = [
  { atMs: 40_000, rps: 4 },
  { atMs: 80_000, rps: 10 }
]

/** Requests the hidden limit let through in the first `wallMs` of a job: the limit over time, added up. */
export function allowedWithin(wallMs: number, changes: readonly LimitChange[] = []): number {
  let allowed = 0
  let rps = HIDDEN_LIMIT
  let from = 0
  for (const change of changes) {
    if (change.atMs >= wallMs) break
    allowed += (rps * (change.atMs - from)) / 1000
    rps = change.rps
    from = change.atMs
  }
  return allowed + (rps * (wallMs - from)) / 1000
}

function engine(pacing?: PacingConfig, limitChanges?: readonly LimitChange[]): Promise<UploadSample> {
  return runEmulatorJob({
    service: 'occ',
    source: customersSource(CUSTOMER_ROWS),
    emulator: { limits: { occ: HIDDEN_LIMIT } },
    faults: { latencyMs: 50, jitterMs: 50 },
    ...(pacing !== undefined ? { pacing: () => pacing } : {}),
    ...(limitChanges !== undefined ? { limitChanges } : {})
  }).then((r) => uploadSample(r.view.counts.accepted, r.wallMs, r.startedAt, r.requests))
}

/** Sheetport as the app runs it: adaptive pace from 5/s. */
export const customersAdaptive = (): Promise<UploadSample> => engine()

/** The same engine held at its starting pace. */
export const customersFixedStart = (): Promise<UploadSample> => engine(pacingFor('occ', { adaptive: false }))

/** Sheetport while the hidden limit moves (LIMIT_CHANGES). */
export const customersAdaptiveMoving = (): Promise<UploadSample> => engine(undefined, LIMIT_CHANGES)

/** The same engine at its starting pace while the limit moves. */
export const customersFixedStartMoving = (): Promise<UploadSample> => engine(pacingFor('occ', { adaptive: false }), LIMIT_CHANGES)

/** The same engine held at a pace above the hidden limit. */
export const customersTooFast = (): Promise<UploadSample> => engine(pacingFor('occ', { requestsPerSecond: TOO_FAST_RPS, adaptive: false }))
