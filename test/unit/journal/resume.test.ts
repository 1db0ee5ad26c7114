import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { JournalWriteError, ReplayedJournal, ResumeRefusedError, reopenJournal, replayJournal, type JobJournal } from '../../../src/core/journal'
import { runJob } from '../../../src/core/upload/job-runner'
import { FakeService, fakeAdapter, makeItems } from '../upload/support/fake-service'
import { FAST_RETRY, fastPacing, stateDir, sumCounts, testJournal } from '../upload/support/test-job'

type Step = { type: 'intent' | 'outcome' | 'status' | 'tally' | 'end'; batchId?: string; count: number }

/**
 * Simulates a crash at a chosen journal step: 'before' loses that line,
 * 'after' keeps it; from then on nothing reaches the disk, as if the process
 * had died (requests already in flight may still land on the server).
 */
function crashAt(inner: JobJournal, when: (step: Step) => 'before' | 'after' | undefined): JobJournal & { crashed: () => boolean } {
  let dead = false
  const counts = { intent: 0, outcome: 0, status: 0, tally: 0, end: 0 }
  const guard = async (step: Omit<Step, 'count'>, write: () => Promise<void>): Promise<void> => {
    if (dead) throw new JournalWriteError('crashed')
    const count = ++counts[step.type]
    const decision = when({ ...step, count })
    if (decision === 'before') dead = true
    else await write()
    if (decision === 'after') dead = true
    if (dead) throw new JournalWriteError('simulated crash')
  }
  return {
    jobId: inner.jobId,
    path: inner.path,
    crashed: () => dead,
    intent: (batchId, attempt, indexes) => guard({ type: 'intent', batchId }, () => inner.intent(batchId, attempt, indexes)),
    outcome: (batchId, outcomes) => guard({ type: 'outcome', batchId }, () => inner.outcome(batchId, outcomes)),
    status: (outcomes) => guard({ type: 'status' }, () => inner.status(outcomes)),
    tally: (tally) => guard({ type: 'tally' }, () => inner.tally(tally)),
    end: (summary) => guard({ type: 'end' }, () => inner.end(summary)),
    close: () => inner.close()
  }
}

async function resume(state: ReplayedJournal, service: FakeService, items: ReturnType<typeof makeItems>, mode: 'create' | 'upsert' = 'create') {
  const journal = await reopenJournal(state)
  return runJob({
    jobId: state.job.jobId,
    items,
    adapter: fakeAdapter(service, { mode, reconcile: mode === 'create' }),
    journal,
    pacing: fastPacing(10, 100, 4),
    retry: FAST_RETRY,
    resumeFrom: { state, fileFingerprint: 'sha256:file-1' }
  }).done
}

describe('resume after a crash', () => {
  it('a crash between the response and its outcome line: the row is reconciled, not resent', async () => {
    const dir = await stateDir()
    const items = makeItems(12)
    const service = new FakeService({ latencyMs: 5 })
    const journal = crashAt(await testJournal(dir, 'job', items), (s) => (s.type === 'outcome' && s.count === 5 ? 'before' : undefined))
    const first = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create', reconcile: true }), journal, pacing: fastPacing(10, 100, 4), retry: FAST_RETRY }).done
    expect(first.status).toBe('halted')
    expect(first.problem).toContain('simulated crash')
    await journal.close()
    const text = await readFile(journal.path, 'utf8')
    expect(text).not.toContain('"type":"end"')

    const state = await replayJournal(journal.path)
    const inFlight = [...state.rows.values()].filter((r) => r.state === 'in-flight').map((r) => r.index)
    const known = [...state.rows.values()].filter((r) => r.state === 'accepted').map((r) => items[r.index]?.key)
    expect(inFlight.length).toBeGreaterThan(0)
    const sendsBefore = service.count('send')

    const summary = await resume(state, service, items)
    expect(summary.status).toBe('finished')
    expect(summary.counts.accepted).toBe(12)
    expect(sumCounts(summary.counts)).toBe(12)
    expect(service.duplicates()).toEqual([])
    expect(service.count('lookup')).toBeGreaterThanOrEqual(1)
    const resent = service.log.slice(0).filter((r) => r.kind === 'send').slice(sendsBefore).flatMap((r) => r.keys)
    for (const key of known) expect(resent).not.toContain(key)
    // Rows created before the crash but never journaled were found by the lookup, not created again.
    for (const index of inFlight) expect(service.applied.get(`k${index}`)).toBe(1)
  })

  it('a crash between the intent line and the send: reconcile proves the row absent, then it is sent once', async () => {
    const dir = await stateDir()
    const items = makeItems(6)
    const service = new FakeService()
    const journal = crashAt(await testJournal(dir, 'job', items), (s) => (s.type === 'intent' && s.count === 4 ? 'after' : undefined))
    const first = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create', reconcile: true }), journal, pacing: fastPacing(10, 100, 1), retry: FAST_RETRY }).done
    expect(first.status).toBe('halted')
    expect(service.applied.has('k3')).toBe(false)
    const state = await replayJournal(journal.path)
    expect(state.rows.get(3)?.state).toBe('in-flight')
    const summary = await resume(state, service, items)
    expect(summary.counts.accepted).toBe(6)
    expect(service.applied.get('k3')).toBe(1)
    expect(service.duplicates()).toEqual([])
    const lookups = service.log.filter((r) => r.kind === 'lookup').flatMap((r) => r.keys)
    // Intents written ahead of the crash (the feeder's lookahead) are in flight too: all looked up, none resent blind.
    expect(lookups).toContain('k3')
    for (const key of lookups) expect(service.applied.get(key)).toBe(1)
  })

  it('keeps known outcomes (failed, pending) and never resends them; an upsert resends rows that were in flight', async () => {
    const dir = await stateDir()
    const items = makeItems(8, (i) => (i === 1 ? { invalid: true } : {}))
    const service = new FakeService()
    const journal = crashAt(await testJournal(dir, 'job', items), (s) => (s.type === 'outcome' && s.count === 3 ? 'before' : undefined))
    await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'upsert', batchSize: 2 }), journal, pacing: fastPacing(10, 100, 1), retry: FAST_RETRY }).done
    const state = await replayJournal(journal.path)
    expect(state.rows.get(1)).toMatchObject({ state: 'failed', reasonCode: 'invalid-field' })
    expect(state.rows.get(4)?.state).toBe('in-flight')
    const before = service.count('send')
    const summary = await resume(state, service, items, 'upsert')
    expect(summary.rows[1]).toMatchObject({ state: 'failed', reasonCode: 'invalid-field' })
    expect(summary.counts).toMatchObject({ accepted: 7, failed: 1 })
    const resent = service.log.slice(before).flatMap((r) => r.keys)
    expect(resent).toEqual(['k4', 'k5', 'k6', 'k7'])
    expect(service.count('lookup')).toBe(0)
  })

  it('refuses to resume when the file changed', async () => {
    const dir = await stateDir()
    const items = makeItems(2)
    const journal = await testJournal(dir, 'job', items)
    await journal.close()
    const state = await replayJournal(journal.path)
    const reopened = await reopenJournal(state)
    expect(() =>
      runJob({ jobId: 'job', items, adapter: fakeAdapter(new FakeService(), { mode: 'create' }), journal: reopened, resumeFrom: { state, fileFingerprint: 'sha256:file-2' } })
    ).toThrow(ResumeRefusedError)
    expect(() =>
      runJob({ jobId: 'job', items, adapter: fakeAdapter(new FakeService(), { mode: 'create' }), journal: reopened, resumeFrom: { state, fileFingerprint: 'sha256:file-2' } })
    ).toThrow('The file has changed since this job started')
    await reopened.close()
  })

  it('a finished job journal holds no payload, key or secret', async () => {
    const dir = await stateDir()
    const items = makeItems(5).map((item) => ({ ...item, key: `customer${item.index}@shop.example`, payload: { email: `customer${item.index}@shop.example`, password: 'HUNTER2-SECRET', apiKey: 'OCC-KEY-SECRET' } }))
    const journal = await testJournal(dir, 'job', items)
    const service = new FakeService({ faults: (r) => (r.kind === 'send' && r.n === 2 ? 'commit-then-timeout' : undefined) })
    const summary = await runJob({ jobId: 'job', items, adapter: fakeAdapter(service, { mode: 'create', reconcile: true }), journal, pacing: fastPacing(10, 100), retry: FAST_RETRY }).done
    expect(summary.counts.accepted).toBe(5)
    const text = await readFile(journal.path, 'utf8')
    expect(text).not.toMatch(/SECRET|HUNTER2|shop\.example|password|apiKey/)
  })
})
