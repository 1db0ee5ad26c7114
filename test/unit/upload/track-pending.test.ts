import { describe, expect, it } from 'vitest'
import { runJob } from '../../../src/core/upload/job-runner'
import type { ItemOutcome, PendingRow } from '../../../src/core/upload/target-adapter'
import { POLL_WAIT_CAP_MS, waitBeforeRound } from '../../../src/core/upload/track-pending'
import { FakeService, fakeAdapter, makeItems } from './support/fake-service'
import { fastPacing, stateDir, testJournal } from './support/test-job'

describe('waitBeforeRound', () => {
  it('reading each row: everyMs twice, then doubling each round, up to the cap', () => {
    const waits = Array.from({ length: 14 }, (_, round) => waitBeforeRound(true, round, 3000))
    expect(waits.slice(0, 8)).toEqual([3000, 3000, 6000, 12_000, 24_000, 48_000, 96_000, POLL_WAIT_CAP_MS])
    expect(waits.at(-1)).toBe(POLL_WAIT_CAP_MS)
    expect(Math.max(...waits)).toBe(POLL_WAIT_CAP_MS)
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] ?? 0)
  })

  it('a cap equal to everyMs keeps the old fixed pace, and a cap below everyMs never shortens it', () => {
    expect([0, 1, 5, 20].map((round) => waitBeforeRound(true, round, 3000, 3000))).toEqual([3000, 3000, 3000, 3000])
    expect(waitBeforeRound(true, 0, 200_000)).toBe(200_000)
    expect(waitBeforeRound(true, 9, 200_000)).toBe(200_000)
  })

  it('confirming by totals is unchanged: a third of everyMs first, growing to everyMs and no further', () => {
    expect(waitBeforeRound(false, 0, 3000)).toBe(1000)
    expect(waitBeforeRound(false, 1, 3000)).toBe(1500)
    expect(waitBeforeRound(false, 10, 3000)).toBe(3000)
  })
})

describe('following rows that take minutes', () => {
  /** Runs 200 async rows that the service finishes `doneAfterMs` after the sending ends, on a clock that moves only when the job sleeps. */
  async function follow(doneAfterMs: number, capMs?: number) {
    const dir = await stateDir()
    const items = makeItems(200)
    const journal = await testJournal(dir, 'job', items)
    const service = new FakeService()
    let now = 0
    const sleeps: number[] = []
    const clock = { now: () => now, sleep: async (ms: number) => { sleeps.push(ms); now += ms } }
    const statusCalls: number[] = []
    const poll = async (rows: readonly PendingRow[]): Promise<ItemOutcome[]> => {
      statusCalls.push(now)
      return rows.map((r) => (now >= doneAfterMs ? { index: r.index, state: 'accepted', remoteId: r.remoteId } : { index: r.index, state: 'pending', remoteId: r.remoteId }))
    }
    const adapter = { ...fakeAdapter(service, { mode: 'async', batchSize: 50 }), poll }
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(20, 100), trackPendingForMs: 30 * 60_000, pollEveryMs: 3000, clock, ...(capMs !== undefined ? { pollWaitCapMs: capMs } : {}) }).done
    return { summary, sleeps, statusCalls }
  }

  it('costs a few list pages per profile-minute instead of one round every 3 s, and still ends every row', async () => {
    const grown = await follow(5 * 60_000)
    const fixed = await follow(5 * 60_000, 3000)
    expect(grown.summary.counts).toMatchObject({ accepted: 200, pending: 0 })
    expect(fixed.summary.counts).toMatchObject({ accepted: 200, pending: 0 })
    // 200 pending rows are 2 pages a round; 5 minutes at a fixed 3 s is 100 rounds, growing waits 8 (at 3, 6, 12, 24, 48, 96, 192, 312 s).
    expect(fixed.statusCalls.length).toBe(2 * 100)
    expect(grown.statusCalls.length).toBe(2 * 8)
    expect(grown.statusCalls.length / 200).toBeLessThanOrEqual(0.1)
    // The answer is seen at most one cap's wait after the service finished.
    expect((grown.statusCalls.at(-1) ?? 0) - 5 * 60_000).toBeLessThan(POLL_WAIT_CAP_MS)
    expect(Math.max(...grown.sleeps)).toBeLessThanOrEqual(POLL_WAIT_CAP_MS)
  })
})
