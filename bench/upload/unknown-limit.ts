import { duration, fixed, percent } from '../lib/format'
import { medianOf } from '../lib/stats'
import type { FigureBody, ResultRow } from '../lib/types'
import { CUSTOMER_ROWS, HIDDEN_LIMIT, TOO_FAST_RPS } from './customers-contenders'
import { runContenders } from './run-contenders'
import { perSecond, refusedShare, type UploadSample } from './upload-sample'

const AIM_SHARE = 0.85
const AIM_REFUSED = 0.05

function row(label: string, samples: readonly UploadSample[]): ResultRow {
  const rate = medianOf(samples, perSecond)
  return {
    label,
    cells: [fixed(rate, 2), percent(rate / HIDDEN_LIMIT), percent(medianOf(samples, refusedShare)), fixed(medianOf(samples, (s) => s.requests)), duration(medianOf(samples, (s) => s.wallMs))]
  }
}

/**
 * Figure 2: customers:create of 1,000 rows against an OCC limit of 8 per
 * rolling second that the app is not told: the rate achieved against it and
 * the share of requests refused, next to the same engine held at a fixed
 * pace (its starting 5/s, and a too-high 12/s).
 */
export async function unknownLimit(runs: number): Promise<FigureBody> {
  const { sheetport, startRate, tooFast } = await runContenders({ sheetport: 'customers-adaptive', startRate: 'customers-fixed-start', tooFast: 'customers-too-fast' }, runs)
  const share = medianOf(sheetport, perSecond) / HIDDEN_LIMIT
  const refused = medianOf(sheetport, refusedShare)
  const shareOf = (s: readonly UploadSample[]) => percent(medianOf(s, perSecond) / HIDDEN_LIMIT)
  const refusedOf = (s: readonly UploadSample[]) => percent(medianOf(s, refusedShare))
  return {
    firstColumn: 'Sender',
    columns: ['profiles/s', `of ${HIDDEN_LIMIT}/s`, 'refused (429)', 'requests', 'wall time'],
    rows: [
      row('Sheetport (adaptive pace from 5/s, 4 in flight)', sheetport),
      row('Same engine at a fixed 5/s (its starting pace)', startRate),
      row(`Same engine at a fixed ${TOO_FAST_RPS}/s (too fast)`, tooFast),
      { label: 'Hidden limit', cells: [fixed(HIDDEN_LIMIT, 2), percent(1), percent(0), fixed(CUSTOMER_ROWS + 1), duration((CUSTOMER_ROWS / HIDDEN_LIMIT) * 1000)] }
    ],
    headline: {
      measure: `customers:create, ${CUSTOMER_ROWS.toLocaleString('en')} rows, hidden limit ${HIDDEN_LIMIT}/s: rate of ${HIDDEN_LIMIT}/s; refused`,
      sheetport: `${percent(share)}, ${percent(refused)} refused`,
      baseline: `fixed 5/s ${shareOf(startRate)}, ${refusedOf(startRate)}; fixed ${TOO_FAST_RPS}/s ${shareOf(tooFast)}, ${refusedOf(tooFast)}`,
      aim: '≥ 85 %, ≤ 5 % refused',
      met: share >= AIM_SHARE && refused <= AIM_REFUSED
    },
    meaning:
      `Profiles per second are accepted rows over the whole job (start() to end, the admin login included); refused is the share of all OCC requests the emulator answered 429. Answers take 50–100 ms; the three senders run side by side, each in its own process against its own emulator. ` +
      `Sheetport starts at 5/s, climbs while answers come back clean and slows by ×0.8 at a refusal (AIMD): it reached ${percent(share)} of a limit it was never told, with ${percent(refused)} of its requests refused. ` +
      `Held at its starting 5/s the same engine is safe but reaches only ${shareOf(startRate)}; held at ${TOO_FAST_RPS}/s, ${refusedOf(tooFast)} of its requests are refused and each refusal holds the queue for the 1 s Retry-After, so it ends up slower than 5/s (${shareOf(tooFast)}).`
  }
}
