import { FOLLOW_MS } from '../../src/core/app/handlers/jobs-handlers'
import type { RequestLogEntry } from '../../src/core/practice/types'
import { NCLUE_RATE_LIMIT_RPS } from '../../src/core/services/nclue/assumptions'
import { duration, fixed } from '../lib/format'
import { medianOf } from '../lib/stats'
import type { FigureBody } from '../lib/types'
import { runEmulatorJob } from './emulator-job'
import { countRequests } from './request-counts'
import { intentsSource } from './tables'

const ROWS = 200
/** The emulator's own profile lifecycle (registered 2 s → pending 3 s → in progress 5 s), stated here so the figure says it. */
const LIFECYCLE = { registeredMs: 2000, pendingMs: 3000, inProgressMs: 5000 }
const LIFECYCLE_MS = LIFECYCLE.registeredMs + LIFECYCLE.pendingMs + LIFECYCLE.inProgressMs
const AIM_PER_PROFILE = 0.1

const PROFILES = '/profile/shopping-intents'

/** A status request: a page of the profile list (how Sheetport asks) or one profile by id (how a naive client asks). */
function isStatusRequest(e: RequestLogEntry): boolean {
  const path = e.path.split('?')[0] ?? ''
  return e.method === 'GET' && (path.endsWith(PROFILES) || path.includes(`${PROFILES}/`))
}

function isCreate(e: RequestLogEntry): boolean {
  return e.method === 'POST' && (e.path.split('?')[0] ?? '').endsWith(PROFILES)
}

interface Sample {
  readonly statusRequests: number
  readonly perProfile: number
  readonly otherRequests: number
  readonly refused: number
  readonly finished: number
  /** From the last create to the job's end: how long tracking ran after sending. */
  readonly trackingMs: number
  readonly wallMs: number
}

async function oneRun(): Promise<Sample> {
  const result = await runEmulatorJob({ service: 'nclue', source: intentsSource(ROWS), emulator: { nclueLifecycle: LIFECYCLE }, trackPendingForMs: FOLLOW_MS })
  const status = countRequests(result.requests, isStatusRequest)
  const creates = result.requests.filter(isCreate)
  const lastCreateAt = creates.at(-1)?.at ?? result.startedAt
  return {
    statusRequests: status.total,
    perProfile: status.total / ROWS,
    otherRequests: result.requests.length - status.total - creates.length,
    refused: countRequests(result.requests).refused,
    finished: result.view.counts.accepted + result.view.counts.failed,
    trackingMs: result.startedAt + result.wallMs - lastCreateAt,
    wallMs: result.wallMs
  }
}

/**
 * Figure 3: intents:create of 200 rows at NCLUE's 1 request per second,
 * tracked (as the app does) until every profile is done: status requests
 * per profile, next to what one GET per profile would cost.
 */
export async function asyncTracking(runs: number): Promise<FigureBody> {
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) samples.push(await oneRun())
  const perProfile = medianOf(samples, (s) => s.perProfile)
  const allFinished = samples.every((s) => s.finished === ROWS)
  const naiveExtraMs = (ROWS / NCLUE_RATE_LIMIT_RPS) * 1000
  return {
    firstColumn: 'Client',
    columns: ['status requests / profile', 'status requests', 'other requests', '429s', 'tracking after last create', 'wall time'],
    rows: [
      {
        label: 'Sheetport (list pages of 100, newest first, every 3 s after sending)',
        cells: [
          fixed(perProfile, 3),
          fixed(medianOf(samples, (s) => s.statusRequests)),
          fixed(medianOf(samples, (s) => s.otherRequests)),
          fixed(medianOf(samples, (s) => s.refused)),
          duration(medianOf(samples, (s) => s.trackingMs)),
          duration(medianOf(samples, (s) => s.wallMs))
        ]
      },
      { label: 'Naive client, one GET per profile, each asked once when done (computed best case)', cells: [fixed(1, 3), fixed(ROWS), '–', '–', `+${duration(naiveExtraMs)} at 1/s`, '–'] }
    ],
    headline: {
      measure: `intents:create, ${ROWS} rows at 1/s, tracked until done: status requests per profile`,
      sheetport: `${fixed(perProfile, 3)}${allFinished ? '' : ' (not every profile finished!)'}`,
      baseline: `one GET per profile: ≥ 1.000 (+${duration(naiveExtraMs)} at 1/s)`,
      aim: '≤ 0.1',
      met: perProfile <= AIM_PER_PROFILE && allFinished
    },
    meaning:
      `Status requests are every GET of the profile list the emulator saw (reconciliation lookups would count too; there were none); the job ran with the app's own tracking window and ended when every profile was completed or failed. ` +
      `The emulator's profiles take ${LIFECYCLE_MS / 1000} s from creation to done. Sending 200 profiles at NCLUE's 1 request per second takes about 3½ minutes, so by the end only the last few are still running; Sheetport then reads the list 100 at a time, newest first, and stops paging once it has seen every pending id. ` +
      `That cost ${fixed(perProfile, 3)} status requests per profile, against at least 1 for a client that GETs each profile, which at 1 request per second would add ${duration(naiveExtraMs)} to the job. ` +
      `The figure depends on the lifecycle: tracking polls every 3 s for as long as anything is pending, one list page per 100 pending profiles, so profiles that take minutes after the last create would cost proportionally more rounds.`
  }
}
