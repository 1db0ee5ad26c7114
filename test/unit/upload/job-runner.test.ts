import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { runJob } from '../../../src/core/upload/job-runner'
import type { JobProgress } from '../../../src/core/upload/job-types'
import type { Setback } from '../../../src/core/upload/decide-setback'
import { FakeService, fakeAdapter, makeItems, maxInWindow, type FaultName } from './support/fake-service'
import { FAST_RETRY, fastPacing, stateDir, sumCounts, testJournal } from './support/test-job'

const WINDOW = 100

async function setup(rows: number, id = 'job') {
  const dir = await stateDir()
  const items = makeItems(rows)
  const journal = await testJournal(dir, id, items)
  return { dir, items, journal }
}

describe('runJob', () => {
  it('sends rows in batches of batchSize and accepts them all', async () => {
    const { items, journal } = await setup(250)
    const service = new FakeService({ limit: { limit: 5, windowMs: WINDOW, retryAfterMs: 50 } })
    const adapter = fakeAdapter(service, { mode: 'upsert', batchSize: 100 })
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(5, WINDOW) }).done
    expect(summary.status).toBe('finished')
    expect(summary.counts.accepted).toBe(250)
    expect(service.log.map((r) => r.keys.length)).toEqual([100, 100, 50])
    expect(summary.requests).toBe(3)
  })

  it('never sends more than the limit in any sliding window, retries included, and every row lands once', async () => {
    const { items, journal } = await setup(60)
    // The server itself never refuses here; transient faults force retries through the queue.
    const tries = new Map<string, number>()
    const faults = (r: { keys: readonly string[] }): FaultName | undefined => {
      const key = r.keys[0] ?? ''
      const n = (tries.get(key) ?? 0) + 1
      tries.set(key, n)
      const row = Number(key.slice(1))
      if (row % 3 === 0 && n <= 2) return 'server-503'
      if (row % 5 === 0 && n === 1) return 'reset-before-send'
      return undefined
    }
    const service = new FakeService({ faults, latencyMs: () => 5 + Math.random() * 20, limit: { limit: 5, windowMs: WINDOW, retryAfterMs: 50 } })
    const adapter = fakeAdapter(service, { mode: 'create', batchSize: 1, reconcile: true })
    // 25 % margin on this 100 ms scale: a loaded test machine can stall a request for a few ms between
    // its permit and its arrival. (rate-limit.test.ts checks the real 1-second pacing.)
    const pacing = { intervalCap: 5, intervalMs: 125, concurrency: 8 }
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing, retry: FAST_RETRY }).done
    expect(summary.rows.filter((r) => r.state !== 'accepted')).toEqual([])
    expect(service.count('send')).toBeGreaterThan(60)
    expect(maxInWindow(service.times(), WINDOW)).toBeLessThanOrEqual(5)
    expect(service.log.filter((r) => r.answer === '429-limiter')).toEqual([])
    expect(service.duplicates()).toEqual([])
  })

  it('a 429 storm with Retry-After pauses the queue, resumes, and accepts every row exactly once', async () => {
    const { items, journal } = await setup(20)
    const faults = (r: { n: number }): FaultName | undefined => (r.n >= 3 && r.n <= 10 ? 'rate-limited' : undefined)
    const service = new FakeService({ faults, latencyMs: 2 })
    const holds: number[] = []
    const adapter = fakeAdapter(service, { mode: 'create', batchSize: 1, reconcile: true })
    const job = runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY, progressEveryMs: 1, onProgress: (p) => p.heldUntil !== undefined && holds.push(p.heldUntil) })
    const summary = await job.done
    expect(summary.counts.accepted).toBe(20)
    expect(service.duplicates()).toEqual([])
    expect([...service.applied.values()].every((n) => n === 1)).toBe(true)
    expect(holds.length).toBeGreaterThan(0)
    // After each refusal nothing was sent for the Retry-After (30 ms).
    const refused = service.log.filter((r) => r.answer === 'rate-limited')
    const last = refused.at(-1)
    if (last === undefined) throw new Error('no refusal seen')
    const next = service.log.find((r) => r.at > last.at && r.answer === 'ok')
    expect((next?.at ?? 0) - last.at).toBeGreaterThanOrEqual(25)
  })

  it('rides out a burst of 5xx answers and then succeeds', async () => {
    const { items, journal } = await setup(10)
    const faults = (r: { n: number }): FaultName | undefined => (r.n <= 6 ? 'server-503' : undefined)
    const service = new FakeService({ faults })
    const setbacks: Setback[] = []
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 2 }), journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY, onSetback: (s) => setbacks.push(s) }).done
    expect(summary.counts.accepted).toBe(10)
    expect(service.count('send')).toBe(11)
    // Every failed request was told to the observer (the support log), with what was done about it.
    expect(setbacks).toHaveLength(6)
    expect(setbacks.every((s) => s.action === 'retry' && s.kind === 'server' && s.status === 503)).toBe(true)
  })

  it('a permanent 500 fails the rows with a reason after a bounded number of retries', async () => {
    const { items, journal } = await setup(3)
    const service = new FakeService({ faults: () => 'server-500' })
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 3 }), journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY }).done
    expect(summary.counts.failed).toBe(3)
    expect(service.count('send')).toBe(6) // 1 + 5 retries
    expect(summary.rows[0]).toMatchObject({ state: 'failed', reasonCode: 'server-error' })
    expect(summary.rows[0]?.message).toContain('gave up after 6 attempts')
  })

  it('a 4xx validation answer is final: no retry, rows failed with the reason', async () => {
    const { items, journal } = await setup(4)
    const service = new FakeService({ faults: (r) => (r.n === 1 ? 'rejected-400' : undefined) })
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 2 }), journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY }).done
    expect(service.count('send')).toBe(2)
    expect(summary.counts).toMatchObject({ failed: 2, accepted: 2 })
    expect(summary.rows.filter((r) => r.state === 'failed').map((r) => r.reasonCode)).toEqual(['invalid-field', 'invalid-field'])
  })

  it('per-row validation failures are final and the other rows of the batch are accepted', async () => {
    const dir = await stateDir()
    const items = makeItems(5, (i) => (i === 2 ? { invalid: true } : {}))
    const journal = await testJournal(dir, 'job', items)
    const service = new FakeService()
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 5 }), journal, pacing: fastPacing(5, WINDOW) }).done
    expect(summary.counts).toMatchObject({ accepted: 4, failed: 1 })
    expect(summary.rows[2]).toMatchObject({ state: 'failed', reasonCode: 'invalid-field', message: 'Price must be a number.' })
  })

  it('an ambiguous timeout on a non-idempotent create makes the row unknown, reconcile finds it, and it is created once', async () => {
    const { items, journal } = await setup(5)
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 2 ? 'commit-then-timeout' : undefined) })
    const states: string[] = []
    const adapter = fakeAdapter(service, { mode: 'create', batchSize: 1, reconcile: true })
    const job = runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY, progressEveryMs: 1, onProgress: (p) => states.push(JSON.stringify(p.counts)) })
    const summary = await job.done
    expect(summary.counts.accepted).toBe(5)
    expect(service.applied.get('k1')).toBe(1)
    expect(service.count('send')).toBe(5)
    expect(service.count('lookup')).toBe(1)
    const text = await readFile(journal.path, 'utf8')
    expect(text).toMatch(/"index":1,"state":"unknown"/)
  })

  it('reconcile that proves a row absent sends it again, once', async () => {
    const { items, journal } = await setup(3)
    // 500: ambiguous for the client, but this fake did not process it.
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 1 ? 'server-500' : undefined) })
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create', reconcile: true }), journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY }).done
    expect(summary.counts.accepted).toBe(3)
    expect(service.count('lookup')).toBe(1)
    expect(service.count('send')).toBe(4)
    expect(service.duplicates()).toEqual([])
  })

  it('without a way to reconcile, an ambiguous create stays unknown and is never resent', async () => {
    const { items, journal } = await setup(3)
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 1 ? 'commit-then-timeout' : undefined) })
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create' }), journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY }).done
    expect(summary.counts).toMatchObject({ accepted: 2, unknown: 1 })
    expect(service.count('send')).toBe(3)
    expect(summary.rows.find((r) => r.state === 'unknown')?.message).toContain('Check it in the service')
  })

  it('an ambiguous failure on an upsert is simply resent', async () => {
    const { items, journal } = await setup(4)
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 1 ? 'commit-then-timeout' : undefined) })
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 2 }), journal, pacing: fastPacing(5, WINDOW), retry: FAST_RETRY }).done
    expect(summary.counts.accepted).toBe(4)
    expect(service.count('send')).toBe(3)
    expect(service.applied.get('k0')).toBe(2) // harmless for an upsert
  })

  it('an auth refusal pauses the job with a message instead of failing every row; resume continues', async () => {
    const { items, journal } = await setup(6)
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 3 ? 'auth-401' : undefined) })
    let paused: JobProgress | undefined
    const job = runJob({
      jobId: 'job',
      items,
      adapter: fakeAdapter(service, { mode: 'create', reconcile: true }),
      journal,
      pacing: fastPacing(5, WINDOW, 1),
      retry: FAST_RETRY,
      progressEveryMs: 1,
      onProgress: (p) => {
        if (p.status === 'paused' && paused === undefined) paused = p
      }
    })
    await waitFor(() => paused !== undefined)
    expect(paused?.pause?.reasons).toEqual(['auth'])
    expect(paused?.pause?.message).toContain("connection's key")
    const sentWhilePaused = service.count('send')
    await sleep(150)
    expect(service.count('send')).toBe(sentWhilePaused)
    expect(job.progress().counts.failed).toBe(0)
    job.resume()
    const summary = await job.done
    expect(summary.counts.accepted).toBe(6)
    expect(service.duplicates()).toEqual([])
  })

  it('a Retry-After of a day pauses the job ("the service asked us to wait") instead of sleeping', async () => {
    const { items, journal } = await setup(3)
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 1 ? 'rate-limited-long' : undefined) })
    const job = runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create', reconcile: true }), journal, pacing: fastPacing(5, WINDOW, 1), retry: FAST_RETRY })
    await waitFor(() => job.progress().status === 'paused')
    expect(job.progress().pause).toMatchObject({ reasons: ['service-wait'], retryAfterMs: 86_400_000 })
    expect(job.progress().pause?.message).toContain('asked us to wait')
    job.resume()
    expect((await job.done).counts.accepted).toBe(3)
  })

  it('pause stops new requests, resume continues, and nothing is sent twice', async () => {
    const { items, journal } = await setup(30)
    const service = new FakeService({ latencyMs: 10 })
    const job = runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create' }), journal, pacing: fastPacing(5, WINDOW, 2) })
    await waitFor(() => service.count('send') >= 5)
    job.pause()
    await sleep(40) // in-flight requests finish
    const atPause = service.count('send')
    await sleep(200)
    expect(service.count('send')).toBe(atPause)
    expect(job.progress().status).toBe('paused')
    expect(job.progress().etaMs).toBeNull()
    job.resume()
    const summary = await job.done
    expect(summary.counts.accepted).toBe(30)
    expect(service.count('send')).toBe(30)
  })

  it('cancel lets in-flight requests finish, sends nothing more, and the counts add up', async () => {
    const { items, journal } = await setup(40)
    const service = new FakeService({ latencyMs: 60 })
    const job = runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create' }), journal, pacing: fastPacing(5, WINDOW, 3) })
    await waitFor(() => service.count('send') >= 6)
    job.cancel()
    const sentAtCancel = service.count('send')
    const summary = await job.done
    expect(summary.status).toBe('cancelled')
    expect(service.count('send')).toBe(sentAtCancel)
    expect(summary.counts.accepted).toBe(sentAtCancel) // in-flight requests finished and were recorded
    expect(summary.counts.queued).toBe(40 - sentAtCancel)
    expect(summary.counts.inFlight + summary.counts.unknown).toBe(0)
    expect(sumCounts(summary.counts)).toBe(40)
    const lines = (await readFile(journal.path, 'utf8')).trim().split('\n')
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ type: 'end', summary: { status: 'cancelled' } })
  })

  it('an aborted signal cancels the job', async () => {
    const { items, journal } = await setup(20)
    const service = new FakeService({ latencyMs: 20 })
    const controller = new AbortController()
    const job = runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create' }), journal, pacing: fastPacing(5, WINDOW, 2), signal: controller.signal })
    await waitFor(() => service.count('send') >= 2)
    controller.abort()
    const summary = await job.done
    expect(summary.status).toBe('cancelled')
    expect(summary.counts.accepted).toBeLessThan(20)
    expect(sumCounts(summary.counts)).toBe(20)
  })

  it('progress events are throttled, their counts always sum to the row count, and the last is final', async () => {
    const { items, journal } = await setup(60)
    const service = new FakeService({ latencyMs: 5, faults: (r) => (r.n % 9 === 0 ? 'server-503' : undefined) })
    const events: JobProgress[] = []
    const summary = await runJob({
      jobId: 'job',
      items,
      adapter: fakeAdapter(service, { mode: 'create', batchSize: 3, reconcile: true }),
      journal,
      pacing: fastPacing(5, WINDOW),
      retry: FAST_RETRY,
      progressEveryMs: 50,
      onProgress: (p) => events.push(p)
    }).done
    expect(events.length).toBeGreaterThan(2)
    for (const e of events) expect(sumCounts(e.counts)).toBe(60)
    expect(events.at(-1)).toMatchObject({ final: true, status: 'finished', etaMs: 0 })
    expect(events.filter((e) => e.final)).toHaveLength(1)
    expect(events.some((e) => e.ratePerSecond > 0)).toBe(true)
    expect(summary.requests).toBe(service.log.length)
    expect(events.at(-1)?.requests).toBe(service.log.length)
  })

  it('tracks async pending rows by polling up to 100 ids per call, far fewer polls than rows', async () => {
    const { items, journal } = await setup(250)
    const service = new FakeService({ pollsUntilDone: 2, failingKeys: new Set(['k7']) })
    const adapter = fakeAdapter(service, { mode: 'async', batchSize: 50, poll: true })
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(20, WINDOW), trackPendingForMs: 5_000, pollEveryMs: 20 }).done
    expect(summary.counts).toMatchObject({ accepted: 249, failed: 1, pending: 0 })
    expect(summary.rows[7]).toMatchObject({ state: 'failed', reasonCode: 'analysis-failed', remoteId: expect.any(String) })
    expect(Math.max(...adapter.polls.map((p) => p.length))).toBeLessThanOrEqual(100)
    expect(service.count('status')).toBeLessThanOrEqual(6) // 2 rounds × 3 calls
    const text = await readFile(journal.path, 'utf8')
    expect(text).toContain('"type":"status"')
  })

  it('does not wait for polling when nothing is pending', async () => {
    const { items, journal } = await setup(3)
    const service = new FakeService()
    const sleeps: number[] = []
    const clock = { now: () => Date.now(), sleep: async (ms: number) => void sleeps.push(ms) }
    const adapter = { ...fakeAdapter(service, { mode: 'create' }), poll: fakeAdapter(service, { mode: 'async', poll: true }).poll }
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(5, WINDOW), trackPendingForMs: 60_000, pollEveryMs: 30_000, clock }).done
    expect(summary.counts.accepted).toBe(3)
    expect(sleeps).toEqual([])
    expect(service.count('status')).toBe(0)
  })

  it('without tracking time, async rows end pending with their remote id', async () => {
    const { items, journal } = await setup(3)
    const service = new FakeService()
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'async', poll: true }), journal, pacing: fastPacing(5, WINDOW) }).done
    expect(summary.counts.pending).toBe(3)
    expect(summary.rows.every((r) => r.remoteId?.startsWith('id-'))).toBe(true)
    expect(service.count('status')).toBe(0)
  })

  it('rows an answer does not mention are unknown, never assumed accepted', async () => {
    const { items, journal } = await setup(3)
    const service = new FakeService()
    const base = fakeAdapter(service, { mode: 'create', batchSize: 3 })
    const adapter = { ...base, send: async (...args: Parameters<typeof base.send>) => (await base.send(...args)).slice(0, 2) }
    const summary = await runJob({ jobId: 'job', items, adapter, journal, pacing: fastPacing(5, WINDOW) }).done
    expect(summary.counts).toMatchObject({ accepted: 2, unknown: 1 })
  })

  it('refuses a resume whose journal belongs to another job', async () => {
    const { items, journal } = await setup(1)
    const service = new FakeService()
    const fake = { path: journal.path, job: { jobId: 'other' } } as unknown as Parameters<typeof runJob>[0]['resumeFrom'] extends infer R ? (R extends { state: infer S } ? S : never) : never
    expect(() => runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create' }), journal, resumeFrom: { state: fake, fileFingerprint: 'x' } })).toThrow(/belongs to job other/)
    await journal.close()
  })
})

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting')
    await sleep(5)
  }
}
