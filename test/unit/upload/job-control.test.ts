import { describe, expect, it } from 'vitest'
import { runJob } from '../../../src/core/upload/job-runner'
import type { JobProgress } from '../../../src/core/upload/job-types'
import { FakeService, fakeAdapter, makeItems } from './support/fake-service'
import { FAST_RETRY, fastPacing, stateDir, sumCounts, testJournal } from './support/test-job'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('job control under stress', () => {
  it('pause and resume 100 times mid-run: no stuck job, nothing sent twice, counts consistent', async () => {
    const dir = await stateDir()
    const items = makeItems(80)
    const journal = await testJournal(dir, 'job', items)
    const service = new FakeService({ latencyMs: () => Math.random() * 8 })
    const events: JobProgress[] = []
    const job = runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create', batchSize: 2 }), journal, pacing: fastPacing(10, 50, 4), progressEveryMs: 5, onProgress: (p) => events.push(p) })
    for (let i = 0; i < 100; i++) {
      job.pause()
      await sleep(i % 3)
      job.resume()
      await sleep(i % 2)
    }
    const summary = await job.done
    expect(summary.status).toBe('finished')
    expect(summary.counts.accepted).toBe(80)
    expect(service.duplicates()).toEqual([])
    expect(service.count('send')).toBe(40)
    for (const e of events) expect(sumCounts(e.counts)).toBe(80)
  })

  it('cancel while paused ends the job at once; unsent rows stay queued', async () => {
    const dir = await stateDir()
    const items = makeItems(20)
    const journal = await testJournal(dir, 'job', items)
    const service = new FakeService({ latencyMs: 5 })
    const job = runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create' }), journal, pacing: fastPacing(2, 100, 2) })
    while (service.count('send') < 2) await sleep(5)
    job.pause()
    await sleep(30)
    job.cancel()
    const summary = await job.done
    expect(summary.status).toBe('cancelled')
    expect(summary.counts.accepted).toBe(service.count('send'))
    expect(summary.counts.queued).toBe(20 - service.count('send'))
    expect(summary.sentRows).toBe(service.count('send'))
  })

  it('a 503 with Retry-After holds the queue like a 429', async () => {
    const dir = await stateDir()
    const items = makeItems(4)
    const journal = await testJournal(dir, 'job', items)
    const service = new FakeService()
    const base = fakeAdapter(service, { mode: 'create', reconcile: true })
    let first = true
    const adapter = {
      ...base,
      send: async (...args: Parameters<typeof base.send>) => {
        if (first) {
          first = false
          service.log.push({ at: Date.now(), kind: 'send', keys: [], answer: '503+retry-after' })
          throw Object.assign(new Error('Busy.'), { kind: 'server', status: 503, retryAfterMs: 80, ambiguous: false, retrySafe: true })
        }
        return base.send(...args)
      }
    }
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(10, 20, 1), retry: FAST_RETRY }).done
    expect(summary.counts.accepted).toBe(4)
    const [refusal, next] = service.log
    expect((next?.at ?? 0) - (refusal?.at ?? 0)).toBeGreaterThanOrEqual(75)
    expect(service.duplicates()).toEqual([])
  })
})
