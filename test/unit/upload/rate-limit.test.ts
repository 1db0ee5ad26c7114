import { describe, expect, it } from 'vitest'
import { runJob } from '../../../src/core/upload/job-runner'
import { OMNICOMMERCE_PACING } from '../../../src/core/upload/pacing'
import { FakeService, fakeAdapter, makeItems, maxInWindow } from './support/fake-service'
import { FAST_RETRY, stateDir, testJournal } from './support/test-job'

describe('OMNICOMMERCE pacing in real time', () => {
  it('about 30 requests at 5/s: never more than 5 in any sliding second, retries included, zero 429s', async () => {
    const dir = await stateDir()
    const items = makeItems(2_800)
    const journal = await testJournal(dir, 'omni', items)
    const service = new FakeService({
      // The server's own sliding window at exactly 5 per rolling second.
      limit: { limit: 5, windowMs: 1000, retryAfterMs: 1000 },
      latencyMs: () => 20 + Math.random() * 400,
      faults: (r) => (r.n === 4 || r.n === 11 ? 'server-503' : undefined)
    })
    const summary = await runJob({ jobId: 'omni', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 100 }), journal, pacing: OMNICOMMERCE_PACING, retry: FAST_RETRY }).done
    expect(summary.counts.accepted).toBe(2_800)
    expect(service.count('send')).toBe(30) // 28 batches + 2 retries
    expect(service.log.filter((r) => r.answer === '429-limiter')).toEqual([])
    expect(maxInWindow(service.times(), 1000)).toBeLessThanOrEqual(5)
  })
})
