import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { reopenJournal, replayJournal } from '../../../src/core/journal'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { createTargetAdapter } from '../../../src/core/targets'
import { runJob, startTallyEarly, type EarlyTally, type PacingConfig } from '../../../src/core/upload'
import { fastPacing, stateDir, testJournal } from '../../unit/upload/support/test-job'
import { itemsFor, row } from '../targets/support'

/*
 * Products are followed after the 202 until the Status API says DONE or
 * ERROR: confirmed together through the workspace's status counts when
 * none failed, read one by one only as far as needed when some did.
 */

let server: PracticeServer | undefined
afterEach(async () => server?.close())

const product = (n: number, id: string, broken = false) =>
  row(n, { id, url: broken ? `https://cdn.example.com/error-image-${id}.jpg` : `https://cdn.example.com/${id}.jpg`, detection: 'TOP', salesUrl: `https://shop.example.com/p/${id}` })

async function practice(processingMs: number): Promise<PracticeServer> {
  server = await startPracticeServer({ limits: { omnicommerce: null }, omnicommerceProcessingMs: processingMs })
  return server
}

function statusReads(emu: PracticeServer): { counts: number; each: number } {
  const log = emu.state.requests('omnicommerce').filter((r) => r.method === 'GET')
  return { counts: log.filter((r) => r.path.endsWith('/status-count')).length, each: log.filter((r) => /\/status\/[^/]+$/.test(r.path)).length }
}

async function productsJob(
  emu: PracticeServer,
  rows: ReturnType<typeof product>[],
  options: { trackPendingForMs: number; jobId?: string; dir?: string; earlyTally?: Promise<EarlyTally | undefined>; pacing?: PacingConfig }
) {
  const { items } = itemsFor('products:create', rows)
  const dir = options.dir ?? (await stateDir())
  const jobId = options.jobId ?? 'follow-job'
  const journal = await testJournal(dir, jobId, items)
  const adapter = createTargetAdapter('products:create', { baseUrl: emu.baseUrls.omnicommerce, credentials: emu.credentials.omnicommerceApiKey })
  const pacing = options.pacing ?? fastPacing(50, 100)
  const early = options.earlyTally === undefined ? {} : { earlyTally: options.earlyTally }
  const summary = await runJob({ jobId, items, adapter, journal, pacing, trackPendingForMs: options.trackPendingForMs, pollEveryMs: 200, ...early }).done
  return { summary, items, adapter, dir, journalPath: journal.path }
}

describe('following products through processing at the service', () => {
  it('none failing: all 300 end accepted after a few status-count reads and one product read, never one read per product', async () => {
    const emu = await practice(300)
    const rows = Array.from({ length: 300 }, (_, i) => product(i + 2, `F-${i}`))
    const { summary, journalPath } = await productsJob(emu, rows, { trackPendingForMs: 20_000 })
    expect(summary.counts).toMatchObject({ accepted: 300, pending: 0, failed: 0 })
    const reads = statusReads(emu)
    expect(reads.each).toBe(1) // the last product, as proof the counts cover this job
    expect(reads.counts).toBeGreaterThanOrEqual(2) // the yardstick before sending, then at least one after
    expect((reads.counts + reads.each) / 300).toBeLessThanOrEqual(0.05)
    expect(await readFile(journalPath, 'utf8')).toMatch(/"type":"tally","processing":0,"error":0/)
  })

  it('some failing: exactly the failed products end failed with the service’s reason, read one by one only until all are found', async () => {
    const emu = await practice(200)
    const broken = new Set([3, 40])
    const rows = Array.from({ length: 200 }, (_, i) => product(i + 2, `G-${i}`, broken.has(i)))
    const { summary } = await productsJob(emu, rows, { trackPendingForMs: 20_000 })
    expect(summary.counts).toMatchObject({ accepted: 198, failed: 2, pending: 0 })
    for (const i of broken) expect(summary.rows[i]).toMatchObject({ state: 'failed', reasonCode: 'image-unreachable', message: expect.stringMatching(/could not be opened/), remoteId: `G-${i}` })
    const reads = statusReads(emu)
    // Reads stop at the window holding the second failure (row 40): 45 products, not 200.
    expect(reads.each).toBe(45)
  })

  it('still processing when the wait ends: rows stay pending with their id; asked again later (followOnly), they end accepted', async () => {
    const emu = await practice(1_500)
    const rows = Array.from({ length: 20 }, (_, i) => product(i + 2, `H-${i}`))
    const first = await productsJob(emu, rows, { trackPendingForMs: 0 })
    expect(first.summary.counts).toMatchObject({ pending: 20, accepted: 0 })
    expect(first.summary.rows.every((r) => r.remoteId?.startsWith('H-'))).toBe(true)
    expect(statusReads(emu).counts).toBe(2) // even without waiting, the service is asked once at the end
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    const state = await replayJournal(first.journalPath)
    expect(state.tally).toEqual({ processing: 0, error: 0 })
    const journal = await reopenJournal(state)
    const again = await runJob({ jobId: 'follow-job', items: first.items, adapter: first.adapter, journal, resumeFrom: { state, fileFingerprint: 'sha256:file-1' }, followOnly: true, trackPendingForMs: 5_000, pollEveryMs: 200, pacing: fastPacing(50, 100) }).done
    expect(again.counts).toMatchObject({ accepted: 20, pending: 0 })
    expect(emu.state.requests('omnicommerce').filter((r) => r.method === 'POST')).toHaveLength(1) // nothing sent again
  })

  it('a yardstick read while the job was prepared: used, journaled and counted in the first window, not read again', async () => {
    const emu = await practice(100)
    const adapter = createTargetAdapter('products:create', { baseUrl: emu.baseUrls.omnicommerce, credentials: emu.credentials.omnicommerceApiKey })
    const early = startTallyEarly(adapter)
    const { sentAt } = (await early.result) ?? { sentAt: Number.NaN }
    // Two requests a window: the yardstick and the first create fill the first one.
    const rows = Array.from({ length: 300 }, (_, i) => product(i + 2, `E-${i}`))
    const { summary, journalPath } = await productsJob(emu, rows, { trackPendingForMs: 20_000, earlyTally: early.result, pacing: { intervalCap: 2, intervalMs: 400, concurrency: 8 } })
    expect(summary.counts).toMatchObject({ accepted: 300, pending: 0 })
    const log = emu.state.requests('omnicommerce')
    const posts = log.filter((r) => r.method === 'POST')
    expect(log.findIndex((r) => r.path.endsWith('/status-count'))).toBeLessThan(log.indexOf(posts[0] as (typeof log)[number]))
    expect(log.filter((r) => r.path.endsWith('/status-count') && r.at < (posts[0]?.at ?? 0))).toHaveLength(1)
    expect((posts[1]?.at ?? 0) - sentAt).toBeGreaterThanOrEqual(400)
    expect(summary.requests).toBe(log.length)
    expect(await readFile(journalPath, 'utf8')).toMatch(/"type":"tally","processing":0,"error":0/)
  })

  it('an early read that failed: the job reads its yardstick itself before the first create', async () => {
    const emu = await practice(100)
    const failed = Promise.resolve<EarlyTally>({ tally: undefined, sentAt: Date.now() })
    const rows = Array.from({ length: 50 }, (_, i) => product(i + 2, `X-${i}`))
    const { summary, journalPath } = await productsJob(emu, rows, { trackPendingForMs: 20_000, earlyTally: failed })
    expect(summary.counts).toMatchObject({ accepted: 50, pending: 0 })
    const log = emu.state.requests('omnicommerce')
    expect(log[0]?.path).toMatch(/\/status-count$/)
    expect(await readFile(journalPath, 'utf8')).toMatch(/"type":"tally"/)
  })
})
