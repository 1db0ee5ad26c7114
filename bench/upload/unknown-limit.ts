import { duration, fixed, percent } from '../lib/format'
import { medianOf } from '../lib/stats'
import type { FigureBody, ResultRow } from '../lib/types'
import { allowedWithin, CUSTOMER_ROWS, HIDDEN_LIMIT, LIMIT_CHANGES, TOO_FAST_RPS } from './customers-contenders'
import type { LimitChange } from './emulator-job'
import { runContenders } from './run-contenders'
import { perSecond, refusedShare, type UploadSample } from './upload-sample'

const AIM_SHARE = 0.92
const AIM_REFUSED = 0.02

/** Accepted rows over what the hidden limit let through in the same time (it may move during the job). */
function shareOfLimit(sample: UploadSample, changes?: readonly LimitChange[]): number {
  return sample.accepted / allowedWithin(sample.wallMs, changes)
}

function row(label: string, samples: readonly UploadSample[], changes?: readonly LimitChange[]): ResultRow {
  return {
    label,
    cells: [
      fixed(medianOf(samples, perSecond), 2),
      percent(medianOf(samples, (s) => shareOfLimit(s, changes))),
      percent(medianOf(samples, refusedShare)),
      fixed(medianOf(samples, (s) => s.requests)),
      duration(medianOf(samples, (s) => s.wallMs))
    ]
  }
}

const MOVING = `8/s, ${LIMIT_CHANGES.map((c) => `${c.rps}/s from ${c.atMs / 1000} s`).join(', ')}`

/**
 * Figure 2: customers:create of 1,000 rows against an OCC limit of 8 per
 * rolling second that the app is not told, and against one that moves
 * during the job (8/s, then 4/s, then 10/s): the share of what the limit
 * let through that was used, and the share of requests refused, next to
 * the same engine held at a fixed pace (its starting 5/s, and a too-high
 * 12/s).
 */
export async function unknownLimit(runs: number): Promise<FigureBody> {
  const { sheetport, startRate, tooFast, moving, movingStart } = await runContenders(
    { sheetport: 'customers-adaptive', startRate: 'customers-fixed-start', tooFast: 'customers-too-fast', moving: 'customers-adaptive-moving', movingStart: 'customers-fixed-start-moving' },
    runs
  )
  const share = medianOf(sheetport, (s) => shareOfLimit(s))
  const refused = medianOf(sheetport, refusedShare)
  const movingShare = medianOf(moving, (s) => shareOfLimit(s, LIMIT_CHANGES))
  const movingRefused = medianOf(moving, refusedShare)
  const shareOf = (s: readonly UploadSample[], changes?: readonly LimitChange[]) => percent(medianOf(s, (x) => shareOfLimit(x, changes)))
  const refusedOf = (s: readonly UploadSample[]) => percent(medianOf(s, refusedShare))
  return {
    firstColumn: 'Sender',
    columns: ['profiles/s', 'of the limit', 'refused (429)', 'requests', 'wall time'],
    rows: [
      row(`Sheetport (adaptive pace from 5/s, 4 in flight), limit ${HIDDEN_LIMIT}/s`, sheetport),
      row('Same engine at a fixed 5/s (its starting pace)', startRate),
      row(`Same engine at a fixed ${TOO_FAST_RPS}/s (too fast)`, tooFast),
      { label: `Hidden limit ${HIDDEN_LIMIT}/s`, cells: [fixed(HIDDEN_LIMIT, 2), percent(1), percent(0), fixed(CUSTOMER_ROWS + 1), duration((CUSTOMER_ROWS / HIDDEN_LIMIT) * 1000)] },
      row(`Sheetport, limit moving: ${MOVING}`, moving, LIMIT_CHANGES),
      row('Same engine at a fixed 5/s, limit moving', movingStart, LIMIT_CHANGES)
    ],
    headline: {
      measure: `customers:create, ${CUSTOMER_ROWS.toLocaleString('en')} rows, hidden limit ${HIDDEN_LIMIT}/s, and moving (${MOVING}): share of the limit used; refused`,
      sheetport: `${percent(share)}, ${percent(refused)} refused; moving ${percent(movingShare)}, ${percent(movingRefused)}`,
      baseline: `fixed 5/s ${shareOf(startRate)}, ${refusedOf(startRate)}; fixed ${TOO_FAST_RPS}/s ${shareOf(tooFast)}, ${refusedOf(tooFast)}; moving, fixed 5/s ${shareOf(movingStart, LIMIT_CHANGES)}, ${refusedOf(movingStart)}`,
      aim: '≥ 92 %, ≤ 2 % refused, both',
      met: share >= AIM_SHARE && refused <= AIM_REFUSED && movingShare >= AIM_SHARE && movingRefused <= AIM_REFUSED
    },
    meaning:
      `Profiles per second are accepted rows over the whole job (start() to end, the admin login included); "of the limit" is accepted rows over what the hidden limit let through in the same time (for the moving limit, the limit over time added up); refused is the share of all OCC requests the emulator answered 429. The emulator's limiter counts each request as it arrives and refuses at once; a request it lets through is answered 50–100 ms later. The five senders run side by side, each in its own process against its own emulator, which runs in a process of its own, as the service does. ` +
      `Sheetport starts at 5/s and doubles each clean second. Each refusal measures the limit: refusals come back in a few ms while clean answers take 50 ms or more, so the limiter decides as requests arrive, and the limit is the most clean requests started within a second (less the lateness allowed for) up to the refused one. The pace settles where that many fit in a second even when a request reaches the limiter as late as a typical refusal's round trip (the median), 5 ms more: gaps of (1000 + lateness) / limit ms, asked as much shorter as the pacer makes them longer (it counts each gap from the moment the request before left). It probes at twice the pace only when the rise it may find is worth the second a refused probe holds the queue for (the 1 s Retry-After): about 50 s after the first refusal while the limit has not moved, sooner while it is below the highest it was (about every 14 s at 4/s here), and not when the rows left could not repay it; a probe that stays clean for a second climbs, doubling, to the next refusal, which measures the new limit. ` +
      `Against the steady limit it used ${percent(share)} of it with ${percent(refused)} of its requests refused; against the moving one ${percent(movingShare)} with ${percent(movingRefused)}. ` +
      `Held at its starting 5/s the same engine is safe against 8/s but reaches only ${shareOf(startRate)}; held at ${TOO_FAST_RPS}/s, ${refusedOf(tooFast)} of its requests are refused and each refusal holds the queue for the 1 s Retry-After, so it ends up slower than 5/s (${shareOf(tooFast)}). ` +
      `Before this control law (a quarter more each clean second, settling by the spread of round trips, probes above the limit after 6 s and then twice as long each time, up to 48 s) the figure was 90.2 % and 84.5 %, 0.5 % and 1.0 % refused.`
  }
}
