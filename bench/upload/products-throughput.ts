import { OMNICOMMERCE_MAX_ITEMS_PER_REQUEST, OMNICOMMERCE_RATE_LIMIT_RPS } from '../../src/core/services/omnicommerce/assumptions'
import { ARRIVAL_SLACK_MS, OMNICOMMERCE_PACING } from '../../src/core/upload'
import { duration, fixed, percent } from '../lib/format'
import { medianOf } from '../lib/stats'
import type { FigureBody, ResultRow } from '../lib/types'
import { PRODUCT_JITTER_MS, PRODUCT_LATENCY_MS, PRODUCT_ROWS } from './products-contenders'
import { runContenders } from './run-contenders'
import type { UploadSample } from './upload-sample'

const AIM_SHARE = 0.98

/** From the start until the service held every product: the upload itself (a sequential script follows nothing, so its whole run). */
function sendingOf(sample: UploadSample): number {
  return sample.sendingMs ?? sample.wallMs
}

/**
 * The least time any sender can take to have every product taken at the
 * documented limit: its 40 windows start 1 s apart, from the first
 * request, and the last one's answer takes the service's latency.
 */
const FASTEST_MS = (PRODUCT_ROWS / OMNICOMMERCE_MAX_ITEMS_PER_REQUEST / OMNICOMMERCE_RATE_LIMIT_RPS - 1) * 1000 + PRODUCT_LATENCY_MS

/** The documented ceiling in products per second: 5 requests × 100 products. */
const CEILING_PER_SECOND = OMNICOMMERCE_MAX_ITEMS_PER_REQUEST * OMNICOMMERCE_RATE_LIMIT_RPS

/** The measure: products per second while sending, over the 500/s ceiling. */
function shareOfLimit(samples: readonly UploadSample[]): number {
  return (PRODUCT_ROWS * 1000) / medianOf(samples, sendingOf) / CEILING_PER_SECOND
}

/** A stricter one: the fastest possible upload's time over the sender's own (a rolling window lets 40 windows fit in 39 s). */
function shareOfFastest(samples: readonly UploadSample[]): number {
  return FASTEST_MS / medianOf(samples, sendingOf)
}

function row(label: string, samples: readonly UploadSample[]): ResultRow {
  return {
    label,
    cells: [
      fixed((PRODUCT_ROWS * 1000) / medianOf(samples, sendingOf)),
      percent(shareOfLimit(samples)),
      percent(shareOfFastest(samples)),
      fixed(medianOf(samples, (s) => s.refused)),
      fixed(medianOf(samples, (s) => s.requests)),
      duration(medianOf(samples, firstCreateOf)),
      duration(medianOf(samples, sendingOf)),
      duration(medianOf(samples, (s) => s.wallMs))
    ]
  }
}

/** From the start to the first create (a sequential script's first request is one). */
function firstCreateOf(sample: UploadSample): number {
  return sample.firstCreateMs ?? sample.firstRequestMs
}

/** The median over runs of one window-gap statistic, or NaN when a sample has none. */
function gapOf(samples: readonly UploadSample[], pick: (gaps: NonNullable<UploadSample['windowGaps']>) => number): number {
  return medianOf(samples, (s) => (s.windowGaps === undefined ? Number.NaN : pick(s.windowGaps)))
}

/**
 * Figure 1: products:create of 20,000 rows through the JobService against
 * the emulator at OMNICOMMERCE's documented limit (5 requests per rolling
 * second, 100 products each) with 150 ms per request, and 150 ± 50 ms: items per second
 * against the 500/s ceiling, and 429s from the emulator's request log.
 */
export async function productsThroughput(runs: number): Promise<FigureBody> {
  const samples = await runContenders(
    { sheetport: 'products-sheetport', jittered: 'products-sheetport-jittered', noMargin: 'products-no-margin', sequential: 'products-sequential' },
    runs
  )
  const { sheetport, jittered, noMargin, sequential } = samples
  const share = shareOfLimit(sheetport)
  const jitteredShare = shareOfLimit(jittered)
  const worstRefused = Math.max(...sheetport.map((s) => s.refused), ...jittered.map((s) => s.refused))
  const requests = PRODUCT_ROWS / OMNICOMMERCE_MAX_ITEMS_PER_REQUEST
  const windows = requests / OMNICOMMERCE_PACING.intervalCap
  const preparing = medianOf(sheetport, firstCreateOf)
  const medianGap = gapOf(sheetport, (g) => g.medianMs)
  const minGap = Math.min(gapOf(sheetport, (g) => g.minMs), gapOf(jittered, (g) => g.minMs))
  const firstGap = gapOf(sheetport, (g) => g.firstMs)
  const shareOf = (s: readonly UploadSample[]) => percent(shareOfLimit(s))
  const refusedOf = (s: readonly UploadSample[]) => fixed(medianOf(s, (x) => x.refused))
  const label = `${OMNICOMMERCE_PACING.intervalCap} per ${OMNICOMMERCE_PACING.intervalMs} ms after each left, ${OMNICOMMERCE_PACING.concurrency} in flight`
  return {
    firstColumn: 'Sender',
    columns: ['products/s while sending', 'of 500/s', 'of the fastest possible', '429s', 'requests', 'before the first create', 'sending', 'whole job'],
    rows: [
      row(`Sheetport (JobService, ${label})`, sheetport),
      row(`Sheetport, answers ${PRODUCT_LATENCY_MS} ± ${PRODUCT_JITTER_MS} ms`, jittered),
      row('Same engine without margins (5 per 1000 ms)', noMargin),
      row('Sequential script (one request at a time, waits out 429s)', sequential),
      {
        label: 'Fastest the limit allows (windows 1 s apart from the first request, then the last answer)',
        cells: [fixed((PRODUCT_ROWS * 1000) / FASTEST_MS), percent((PRODUCT_ROWS * 1000) / FASTEST_MS / CEILING_PER_SECOND), percent(1), '0', fixed(requests), '0 ms', duration(FASTEST_MS), '–']
      }
    ],
    headline: {
      measure: `products:create, ${PRODUCT_ROWS.toLocaleString('en')} rows, ${PRODUCT_LATENCY_MS} ms latency, and ${PRODUCT_LATENCY_MS} ± ${PRODUCT_JITTER_MS} ms: products/s while sending of the documented 5 × 100/s; 429s`,
      sheetport: `${percent(share)}; ± ${PRODUCT_JITTER_MS} ms ${percent(jitteredShare)}; ${fixed(worstRefused)} × 429 (worst run)`,
      baseline: `no margin ${shareOf(noMargin)}, ${refusedOf(noMargin)} × 429; sequential ${shareOf(sequential)}, ${refusedOf(sequential)} × 429`,
      aim: '≥ 98 %, 0 × 429, both',
      met: share >= AIM_SHARE && jitteredShare >= AIM_SHARE && worstRefused === 0
    },
    meaning:
      `Sending is the time from JobService.start() until the service answered the last create, preparation included; from then on the service holds every product. "Of 500/s" is the products per second over that time against the documented ${CEILING_PER_SECOND}/s, the issue's measure; "of the fastest possible" is stricter: the fastest upload the documented 5 requests × 100 products per rolling second allows (${duration(FASTEST_MS)}: ${windows} windows 1 s apart from the first request, then the last answer's ${PRODUCT_LATENCY_MS} ms) over the same time. ` +
      `The whole job goes on a little longer, following the products the service still processes until its totals show them done (figure 9); that part does not depend on the pace. 429s come from the emulator's request log. ` +
      `The four senders run side by side, each in its own process against its own emulator, which runs in a process of its own as the real service runs on a machine of its own (in the sender's process, the sender's busy moments would hold the emulator's clock and stamp requests late); they start 2 s apart so their preparation does not compete for the cores. ` +
      `Sheetport sent at ${percent(share)} of 500/s, and ${percent(jitteredShare)} when answers vary by ± ${PRODUCT_JITTER_MS} ms, with ${fixed(worstRefused)} refusals in its worst run. ` +
      `Before its last create Sheetport made ${fixed(medianOf(sheetport, (s) => s.readsWhileSending ?? 0))} other request: the read of the service's totals before the first create, the yardstick for confirming the products together afterwards (figure 9). It takes a place in the first window, so the ${requests} creates need ${windows + 1} windows, not ${windows}: a job of ${requests + 1} requests can reach at most ${percent(FASTEST_MS / (FASTEST_MS + 1000))} of the fastest possible. ` +
      `The engine keeps its window on the moments its requests were written out to the network (Node's fetch reports them): a request waits until the one a window before it left ${OMNICOMMERCE_PACING.intervalMs} ms ago, ${ARRIVAL_SLACK_MS} ms for the way from the socket to the service's clock; a refusal would widen that. ` +
      `By the emulator's clock, each request arrived a median ${Math.round(medianGap)} ms after the one ${OMNICOMMERCE_PACING.intervalCap} before it (never less than ${Math.round(minGap)} ms; 1,000 ms is the limit itself). ` +
      `The first window, whose requests open new connections and leave late, moved the second by itself (${Math.round(firstGap)} ms), with no fixed allowance. ` +
      `The yardstick read leaves as soon as the connection is known and is answered while the ${PRODUCT_ROWS.toLocaleString('en')} rows are mapped, checked and journaled: the first create went out ${duration(preparing)} after the start, not after the read's answer; the job's snapshot is compressed on a worker thread while the first requests go out. ` +
      `Without the ${ARRIVAL_SLACK_MS} ms the same engine runs exactly at the limit, and the emulator refused ${refusedOf(noMargin)} of its requests (median); each refusal holds the whole queue for the Retry-After (1 s, whole seconds). ` +
      `A sequential script never has two requests in flight, but with ${PRODUCT_LATENCY_MS} ms answers it still sends more than 5 a second, collects 429s and waits each one out. ` +
      `Before this pace (5 per 1050 ms from each start, 250 ms more once for the first window, whole job counted against 500/s) the figure was 95.3 %; with this pace but the yardstick read after the rows were prepared, against an emulator in the sender's own process, 97.7 %.`
  }
}
