import { FOLLOW_MS } from '../../src/core/app/handlers/jobs-handlers'
import type { RequestLogEntry } from '../../src/core/practice/types'
import { OMNICOMMERCE_PACING, type PacingConfig } from '../../src/core/upload/pacing'
import { duration, fixed } from '../lib/format'
import { medianOf } from '../lib/stats'
import type { FigureBody, ResultRow } from '../lib/types'
import { runEmulatorJob } from './emulator-job'
import { runNaiveFollower } from './naive-follower'
import { productsSource } from './tables'

const PRODUCTS = 20_000
/** Time runs this many times faster than at the service: its budget, its processing time and the app's rounds alike. */
const SCALE = 50
/** How long the practice service takes to process a product, at the service's own speed. */
const PROCESSING_MS = 10_000
/** The app's own time between rounds of following. */
const APP_ROUND_MS = 3_000
/** 1 % failing, spread: every 100th product's image can't be fetched. */
const SPREAD = (i: number): boolean => i % 100 === 99
/** 1 % failing, bunched: 200 products in a row from the middle of the file (one brand's image host down). */
const BUNCHED = (i: number): boolean => i >= PRODUCTS / 2 - 100 && i < PRODUCTS / 2 + 100
const FAILING = PRODUCTS / 100
const AIM_PER_PRODUCT = 0.05

/** OMNICOMMERCE's 5 requests per second, with the engine's own margins, compressed SCALE times. */
const PACING: PacingConfig = { ...OMNICOMMERCE_PACING, intervalMs: OMNICOMMERCE_PACING.intervalMs / SCALE, concurrency: 16 }
const EMULATOR = { limits: { omnicommerce: null }, omnicommerceProcessingMs: PROCESSING_MS / SCALE }

const isStatusRead = (e: RequestLogEntry): boolean => e.method === 'GET' && e.path.includes('/management/status')
const isSend = (e: RequestLogEntry): boolean => e.method === 'POST'

interface Sample {
  readonly perProduct: number
  readonly statusReads: number
  /** Seconds at the service's own pace (measured × SCALE) from the last send to every product's state known. */
  readonly toCertaintyMs: number
  readonly done: number
  readonly failed: number
}

async function sheetport(failing?: (index: number) => boolean): Promise<Sample> {
  const run = await runEmulatorJob({ service: 'omnicommerce', source: productsSource(PRODUCTS, failing), emulator: EMULATOR, pacing: () => PACING, trackPendingForMs: FOLLOW_MS, pollEveryMs: APP_ROUND_MS / SCALE })
  const lastSendAt = run.requests.filter(isSend).at(-1)?.at ?? run.startedAt
  const reads = run.requests.filter(isStatusRead).length
  return { perProduct: reads / PRODUCTS, statusReads: reads, toCertaintyMs: (run.startedAt + run.wallMs - lastSendAt) * SCALE, done: run.view.counts.accepted, failed: run.view.counts.failed }
}

async function naive(failing?: (index: number) => boolean): Promise<Sample> {
  const run = await runNaiveFollower(productsSource(PRODUCTS, failing), EMULATOR, PACING)
  const reads = run.requests.filter(isStatusRead).length
  return { perProduct: reads / PRODUCTS, statusReads: reads, toCertaintyMs: run.afterLastSendMs * SCALE, done: run.done, failed: run.failed }
}

function row(label: string, samples: readonly Sample[]): ResultRow {
  return {
    label,
    cells: [
      fixed(medianOf(samples, (s) => s.perProduct), 4),
      fixed(medianOf(samples, (s) => s.statusReads)),
      duration(medianOf(samples, (s) => s.toCertaintyMs)),
      `${fixed(medianOf(samples, (s) => s.done))} / ${fixed(medianOf(samples, (s) => s.failed))}`
    ]
  }
}

/**
 * Figure 9: 20,000 products followed from the 202 to DONE or ERROR, with
 * none and with 1 % failing at the service: status requests per product
 * and the time from the last send until every product's state is known,
 * Sheetport beside a script that reads each product's status.
 */
export async function productsFollowing(runs: number): Promise<FigureBody> {
  const cases = { clean: { ours: [] as Sample[], naive: [] as Sample[] }, spread: { ours: [] as Sample[], naive: [] as Sample[] }, bunched: { ours: [] as Sample[] } }
  for (let i = 0; i < runs; i++) {
    cases.clean.ours.push(await sheetport())
    cases.clean.naive.push(await naive())
    cases.spread.ours.push(await sheetport(SPREAD))
    cases.spread.naive.push(await naive(SPREAD))
    cases.bunched.ours.push(await sheetport(BUNCHED))
  }
  const cleanPerProduct = medianOf(cases.clean.ours, (s) => s.perProduct)
  const whole = (s: Sample, failed: number) => s.done + s.failed === PRODUCTS && s.failed === failed
  const exact = cases.clean.ours.every((s) => whole(s, 0)) && [...cases.spread.ours, ...cases.bunched.ours].every((s) => whole(s, FAILING))
  const failingOurs = medianOf(cases.spread.ours, (s) => s.perProduct)
  return {
    firstColumn: 'Follower',
    columns: ['status requests / product', 'status requests', 'last send → every state known', 'DONE / ERROR'],
    rows: [
      row('Sheetport, none failing (status counts, then one product as proof)', cases.clean.ours),
      row('Naive script, none failing (one status read per product)', cases.clean.naive),
      row('Sheetport, 1 % failing, spread (counts, then products one by one until every failure is found)', cases.spread.ours),
      row('Naive script, 1 % failing, spread', cases.spread.naive),
      row('Sheetport, 1 % failing, bunched in the middle of the file', cases.bunched.ours)
    ],
    headline: {
      measure: `${PRODUCTS.toLocaleString('en')} products followed to DONE/ERROR: status requests per product, none failing`,
      sheetport: `${fixed(cleanPerProduct, 4)}${exact ? '' : ' (a state was wrong!)'}; 1 % failing ${fixed(failingOurs, 3)} spread, ${fixed(medianOf(cases.bunched.ours, (s) => s.perProduct), 3)} bunched`,
      baseline: `one read per product: ${fixed(medianOf(cases.clean.naive, (s) => s.perProduct), 3)}`,
      aim: `≤ ${AIM_PER_PRODUCT} with none failing`,
      met: cleanPerProduct <= AIM_PER_PRODUCT && exact
    },
    meaning:
      `Time is compressed ${SCALE}×: the practice service processes each product in ${PROCESSING_MS / SCALE} ms and both followers are paced at ${SCALE}× OMNICOMMERCE's 5 requests per second, with the app's own round time scaled alike, so the times shown are the measured ones × ${SCALE} — what the same requests take at the real 5 per second with ${PROCESSING_MS / 1000} s of processing. Status requests are every GET of /management/status-count and /management/status/{id} the emulator saw. ` +
      `With none failing Sheetport reads the workspace's counts before sending, then once per round until nothing is processing, and one product as proof — a handful of requests for the whole job, against ${PRODUCTS.toLocaleString('en')} for a script that reads each product. ` +
      `With 1 % failing, the counts say how many failed but not which: the Status API answers one product at a time, so Sheetport reads products in job order until it has found all ${FAILING}. Spread evenly over the file (every 100th product, the last one too) that is every product, the same as the naive script — no per-product reading can do better there. Bunched in the middle of the file (one brand's image host down), the reading stops after the last failure, about half the file. Every run ended with each product's true state (DONE or ERROR, with the service's reason), or the figure says so.`
  }
}
