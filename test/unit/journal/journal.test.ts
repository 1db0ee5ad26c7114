import { appendFile, mkdtemp, open, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  assertResumable,
  createJournal,
  JournalCorruptError,
  journalPath,
  listJournals,
  reopenJournal,
  replayedCounts,
  replayJournal,
  ResumeRefusedError,
  type JobInput,
  type JournalOutcome
} from '../../../src/core/journal'

const rows = [0, 1, 2, 3, 4, 5].map((index) => ({ index, key: `shopper${index}@example.com` }))

function input(jobId: string): JobInput {
  return { jobId, fileFingerprint: 'sha256:aaa', fileName: 'customers.xlsx', sheetName: 'Sheet1', target: 'customers:create', connectionId: 'conn-7', mapping: { email: 'B', firstName: 'C' } }
}

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sheetport-journal-'))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('job journal', () => {
  it('starts with the job record and fsyncs every append before it resolves', async () => {
    const dir = await folder()
    const probe = await open(join(dir, 'probe'), 'w')
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> }
    await probe.close()
    const sync = vi.spyOn(proto, 'sync')
    const journal = await createJournal(dir, input('job-1'), rows)
    const afterCreate = sync.mock.calls.length
    expect(afterCreate).toBeGreaterThanOrEqual(2) // the folder entry and the job record
    await journal.intent('b1', 1, [0, 1])
    expect(sync.mock.calls.length).toBe(afterCreate + 1)
    await journal.outcome('b1', [{ index: 0, state: 'accepted', remoteId: 'p-1' }, { index: 1, state: 'failed', reasonCode: 'invalid-email', message: 'Bad email.' }])
    expect(sync.mock.calls.length).toBe(afterCreate + 2)
    // Concurrent appends are serialised: each line whole, each synced.
    await Promise.all([journal.intent('b2', 1, [2]), journal.intent('b3', 1, [3]), journal.intent('b4', 1, [4])])
    expect(sync.mock.calls.length).toBe(afterCreate + 5)
    await journal.close()
    const lines = (await readFile(journalPath(dir, 'job-1'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines[0]).toMatchObject({ type: 'job', jobId: 'job-1', fileFingerprint: 'sha256:aaa', fileName: 'customers.xlsx', sheetName: 'Sheet1', target: 'customers:create', connectionId: 'conn-7', mapping: { email: 'B' }, rowCount: 6 })
    expect(lines[1]).toEqual({ type: 'intent', batchId: 'b1', attempt: 1, indexes: [0, 1] })
    expect(lines.slice(3).map((l) => l['batchId']).sort()).toEqual(['b2', 'b3', 'b4'])
  })

  it('replays per-row state: last record wins; intents without outcome are in flight; the rest were never sent', async () => {
    const dir = await folder()
    const journal = await createJournal(dir, input('job-2'), rows)
    await journal.intent('b1', 1, [0])
    await journal.outcome('b1', [{ index: 0, state: 'accepted', remoteId: 'c-0' }])
    await journal.intent('b2', 1, [1])
    await journal.outcome('b2', [{ index: 1, state: 'pending', remoteId: 'n-1' }])
    await journal.status([{ index: 1, state: 'failed', reasonCode: 'analysis-failed', message: 'No data.' }])
    await journal.intent('b3', 1, [2])
    await journal.outcome('b3', [{ index: 2, state: 'queued', message: 'The service asked us to wait.' }])
    await journal.intent('b3', 2, [2])
    await journal.intent('b4', 1, [3])
    await journal.outcome('b4', [{ index: 3, state: 'unknown', message: 'Timed out.' }])
    await journal.close()
    const replayed = await replayJournal(journal.path)
    expect(replayed.ended).toBe(false)
    expect(replayed.lastBatchNumber).toBe(4)
    expect(replayed.rows.get(0)).toMatchObject({ state: 'accepted', remoteId: 'c-0', sent: true })
    expect(replayed.rows.get(1)).toMatchObject({ state: 'failed', reasonCode: 'analysis-failed', sent: true })
    expect(replayed.rows.get(2)).toMatchObject({ state: 'in-flight', batchId: 'b3', sent: true })
    expect(replayed.rows.get(3)).toMatchObject({ state: 'unknown', sent: true })
    expect(replayed.rows.has(4)).toBe(false)
    expect(replayedCounts(replayed)).toEqual({ queued: 2, inFlight: 1, accepted: 1, failed: 1, pending: 0, unknown: 1 })
  })

  it('ignores a torn last line, and reopening cuts it off so the next line is not glued to it', async () => {
    const dir = await folder()
    const journal = await createJournal(dir, input('job-3'), rows)
    await journal.intent('b1', 1, [0])
    await journal.outcome('b1', [{ index: 0, state: 'accepted' }])
    await journal.close()
    await appendFile(journal.path, '{"type":"intent","batchId":"b2","att')
    const replayed = await replayJournal(journal.path)
    expect(replayed.tornTail).toBe(true)
    expect(replayed.rows.get(0)?.state).toBe('accepted')
    expect(replayed.rows.size).toBe(1)
    const again = await reopenJournal(replayed)
    await again.intent('b2', 1, [1])
    await again.close()
    const text = await readFile(journal.path, 'utf8')
    expect(text).not.toContain('"att\n')
    const after = await replayJournal(journal.path)
    expect(after.tornTail).toBe(false)
    expect(after.rows.get(1)?.state).toBe('in-flight')
  })

  it('refuses to replay a journal damaged in the middle (guessing could resend rows)', async () => {
    const dir = await folder()
    const journal = await createJournal(dir, input('job-4'), rows)
    await journal.intent('b1', 1, [0])
    await journal.close()
    await appendFile(journal.path, 'garbage\n{"type":"intent","batchId":"b2","attempt":1,"indexes":[1]}\n')
    await expect(replayJournal(journal.path)).rejects.toBeInstanceOf(JournalCorruptError)
  })

  it('lists interrupted jobs (no end record) for resuming; ended ones only on request; damaged ones with their problem', async () => {
    const dir = await folder()
    expect(await listJournals(join(dir, 'missing'))).toEqual([])
    const open1 = await createJournal(dir, input('open-job'), rows)
    await open1.intent('b1', 1, [0, 1])
    await open1.close()
    const done = await createJournal(dir, input('done-job'), rows)
    await done.end({ status: 'finished', counts: { queued: 0, inFlight: 0, accepted: 6, failed: 0, pending: 0, unknown: 0 }, requests: 6, durationMs: 10, endedAt: new Date().toISOString() })
    await done.close()
    await writeFile(join(dir, 'broken.jsonl'), 'not json\n')
    await writeFile(join(dir, 'notes.txt'), 'ignore me')
    const listed = await listJournals(dir)
    expect(listed.map((l) => l.jobId).sort()).toEqual(['broken', 'open-job'])
    const openListing = listed.find((l) => l.jobId === 'open-job')
    expect(openListing).toMatchObject({ ok: true, ended: false, counts: { inFlight: 2, queued: 4 } })
    expect(listed.find((l) => l.jobId === 'broken')).toMatchObject({ ok: false, problem: expect.stringContaining('damaged') })
    expect((await listJournals(dir, { includeEnded: true })).map((l) => l.jobId).sort()).toEqual(['broken', 'done-job', 'open-job'])
  })

  it('refuses to resume when the file or its rows changed', async () => {
    const dir = await folder()
    const journal = await createJournal(dir, input('job-5'), rows)
    await journal.close()
    const { job } = await replayJournal(journal.path)
    expect(() => assertResumable(job, { fileFingerprint: 'sha256:aaa', rows })).not.toThrow()
    expect(() => assertResumable(job, { fileFingerprint: 'sha256:bbb', rows })).toThrow(ResumeRefusedError)
    expect(() => assertResumable(job, { fileFingerprint: 'sha256:bbb', rows })).toThrow('The file has changed since this job started')
    const swapped = rows.map((r) => (r.index === 2 ? { ...r, key: 'someone-else@example.com' } : r))
    expect(() => assertResumable(job, { fileFingerprint: 'sha256:aaa', rows: swapped })).toThrow(/rows to upload are not the same/)
  })

  it('never writes payloads, keys or secrets, even when handed objects that carry them', async () => {
    const dir = await folder()
    const journal = await createJournal(dir, input('job-6'), rows)
    const sneaky = { index: 0, state: 'accepted', payload: { password: 'SECRET-PW-XYZ' }, apiKey: 'SECRET-KEY-XYZ' } as unknown as JournalOutcome
    await journal.outcome('b1', [sneaky])
    await journal.close()
    const text = await readFile(journal.path, 'utf8')
    expect(text).not.toMatch(/SECRET|example\.com/)
  })

  it('keeps job ids inside the state folder and never overwrites a journal', async () => {
    const dir = await folder()
    expect(() => journalPath(dir, '../escape')).toThrow(/Invalid job id/)
    expect(() => journalPath(dir, 'a/b')).toThrow(/Invalid job id/)
    const journal = await createJournal(dir, input('job-7'), rows)
    await journal.close()
    await expect(createJournal(dir, input('job-7'), rows)).rejects.toThrow(/EEXIST/)
  })
})
