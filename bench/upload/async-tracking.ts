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
/** A lifecycle: how long the emulator's profiles stay registered, pending and in progress. */
interface Lifecycle {
  readonly registeredMs: number
  readonly pendingMs: number
  readonly inProgressMs: number
}
/** The emulator's own profile lifecycle (registered 2 s → pending 3 s → in progress 5 s), stated here so the figure says it. */
const SECONDS_LIFECYCLE: Lifecycle = { registeredMs: 2000, pendingMs: 3000, inProgressMs: 5000 }
/** Profiles that take minutes (registered 30 s → pending 60 s → in progress 3½ min): done 5 minutes after their create, so every profile is still running when the last create answers. */
const MINUTES_LIFECYCLE: Lifecycle = { registeredMs: 30_000, pendingMs: 60_000, inProgressMs: 210_000 }
/** The app before issue 17: a round of list pages every 3 s for as long as anything is pending. */
const FIXED_POLL_MS = 3000
const AIM_PER_PROFILE = 0.1

function totalMs(lifecycle: Lifecycle): number {
  return lifecycle.registeredMs + lifecycle.pendingMs + lifecycle.inProgressMs
}

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

/** One job of ROWS profiles with `lifecycle`, followed as the app follows it (or, with `fixedPollMs`, at that fixed pace). */
async function oneRun(lifecycle: Lifecycle, fixedPollMs?: number): Promise<Sample> {
  const fixedPace = fixedPollMs !== undefined ? { pollEveryMs: fixedPollMs, pollWaitCapMs: fixedPollMs } : {}
  const result = await runEmulatorJob({ service: 'nclue', source: intentsSource(ROWS), emulator: { nclueLifecycle: lifecycle }, trackPendingForMs: FOLLOW_MS, ...fixedPace })
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

/** The cells of one client's row. */
function cells(samples: readonly Sample[]): string[] {
  return [
    fixed(medianOf(samples, (s) => s.perProfile), 3),
    fixed(medianOf(samples, (s) => s.statusRequests)),
    fixed(medianOf(samples, (s) => s.otherRequests)),
    fixed(medianOf(samples, (s) => s.refused)),
    duration(medianOf(samples, (s) => s.trackingMs)),
    duration(medianOf(samples, (s) => s.wallMs))
  ]
}

/**
 * Figure 3: intents:create of 200 rows at NCLUE's 1 request per second,
 * tracked (as the app does) until every profile is done: status requests
 * per profile when profiles take seconds and when they take minutes, the
 * latter side by side with the fixed 3 s rounds of the app before, next to
 * what one GET per profile would cost. The three jobs of a run go at once,
 * each against its own emulator (they wait on the clock, not the cores).
 */
export async function asyncTracking(runs: number): Promise<FigureBody> {
  const seconds: Sample[] = []
  const minutes: Sample[] = []
  const fixedPace: Sample[] = []
  for (let i = 0; i < runs; i++) {
    const [a, b, c] = await Promise.all([oneRun(SECONDS_LIFECYCLE), oneRun(MINUTES_LIFECYCLE), oneRun(MINUTES_LIFECYCLE, FIXED_POLL_MS)])
    seconds.push(a)
    minutes.push(b)
    fixedPace.push(c)
  }
  const perSeconds = medianOf(seconds, (s) => s.perProfile)
  const perMinutes = medianOf(minutes, (s) => s.perProfile)
  const perFixed = medianOf(fixedPace, (s) => s.perProfile)
  const allFinished = [...seconds, ...minutes, ...fixedPace].every((s) => s.finished === ROWS)
  const naiveExtraMs = (ROWS / NCLUE_RATE_LIMIT_RPS) * 1000
  const secondsLabel = `${totalMs(SECONDS_LIFECYCLE) / 1000} s`
  const minutesLabel = `${totalMs(MINUTES_LIFECYCLE) / 60_000} min`
  return {
    firstColumn: 'Client',
    columns: ['status requests / profile', 'status requests', 'other requests', '429s', 'tracking after last create', 'wall time'],
    rows: [
      { label: `Sheetport, profiles done ${secondsLabel} after their create (list pages of 100, newest first, 3 s twice, then doubling up to 2 min)`, cells: cells(seconds) },
      { label: `Sheetport, profiles done ${minutesLabel} after their create`, cells: cells(minutes) },
      { label: `Same engine, a round every 3 s (before issue 17), profiles done ${minutesLabel} after`, cells: cells(fixedPace) },
      { label: 'Naive client, one GET per profile, each asked once when done (computed best case)', cells: [fixed(1, 3), fixed(ROWS), '–', '–', `+${duration(naiveExtraMs)} at 1/s`, '–'] }
    ],
    headline: {
      measure: `intents:create, ${ROWS} rows at 1/s, tracked until done (profiles done ${secondsLabel} / ${minutesLabel} after create): status requests per profile`,
      sheetport: `${secondsLabel}: ${fixed(perSeconds, 3)}; ${minutesLabel}: ${fixed(perMinutes, 3)}${allFinished ? '' : ' (not every profile finished!)'}`,
      baseline: `every 3 s (${minutesLabel}): ${fixed(perFixed, 3)}; one GET per profile ≥ 1.000`,
      aim: '≤ 0.1 both',
      met: perSeconds <= AIM_PER_PROFILE && perMinutes <= AIM_PER_PROFILE && allFinished
    },
    meaning:
      `Status requests are every GET of the profile list the emulator saw (reconciliation lookups would count too); each job ran with the app's own tracking window and ended when every profile was completed or failed. ` +
      `Sending 200 profiles at NCLUE's 1 request per second takes about 3½ minutes. When profiles take ${secondsLabel}, only the last few are still running by then; Sheetport reads the list 100 at a time, newest first, and stops paging once it has seen every pending id: ${fixed(perSeconds, 3)} status requests per profile. ` +
      `When they take ${minutesLabel}, all 200 are still running when the last create answers, and each round walks the list once for all of them, two pages, until the older half is done (before, each hundred pending profiles walked the list from its newest page again: three pages a round). Rounds every 3 s, as the app did before, cost ${fixed(perFixed, 3)} per profile; Sheetport waits 3 s before its first two rounds, as before, then doubles the wait each round up to 2 minutes (so a finished profile is seen at most 2 minutes late; Check again asks at once), which cost ${fixed(perMinutes, 3)}. ` +
      `A client that GETs each profile needs at least 1 per profile, which at 1 request per second would add ${duration(naiveExtraMs)} to the job.`
  }
}
