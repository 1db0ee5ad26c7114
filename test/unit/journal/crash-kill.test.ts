import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { journalPath, reopenJournal, replayJournal } from '../../../src/core/journal'
import { runJob } from '../../../src/core/upload/job-runner'
import { stateDir, sumCounts } from '../upload/support/test-job'
import { crashRows, httpCreateAdapter, startHttpFake } from './support/http-fake'

const ROWS = 30
const KILL_AT_COMMIT = 10
const child = resolve(__dirname, 'fixtures', 'crash-child.ts')

describe('kill -9 mid-job, then resume', () => {
  it('every row ends in exactly one state, no create is sent twice, nothing is lost', async () => {
    const fake = await startHttpFake(150)
    const dir = await stateDir()
    try {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, fake.url, dir, 'crash-job', String(ROWS)], { cwd: resolve(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      // Kill the instant a create is committed: it (and up to 3 others) happened but were never confirmed.
      fake.onCommit = (total) => {
        if (total === KILL_AT_COMMIT) proc.kill('SIGKILL')
      }
      const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => proc.on('exit', (code, signal) => done({ code, signal })))
      expect(exit, stderr).toEqual({ code: null, signal: 'SIGKILL' })
      fake.onCommit = undefined
      const createdBeforeResume = new Set(fake.applied.keys())
      expect(createdBeforeResume.size).toBeGreaterThanOrEqual(KILL_AT_COMMIT)

      const path = journalPath(dir, 'crash-job')
      const state = await replayJournal(path)
      expect(state.ended).toBe(false)
      const inFlight = [...state.rows.values()].filter((r) => r.state === 'in-flight')
      // The dangerous case happened: rows the server created but the journal never confirmed.
      const items = crashRows(ROWS)
      expect(inFlight.some((r) => createdBeforeResume.has(items[r.index]?.key ?? ''))).toBe(true)

      const journal = await reopenJournal(state)
      const summary = await runJob({
        jobId: 'crash-job',
        items,
        adapter: httpCreateAdapter(fake.url),
        journal,
        pacing: { intervalCap: 10, intervalMs: 100, concurrency: 4 },
        resumeFrom: { state, fileFingerprint: 'sha256:crash-fixture' }
      }).done

      expect(summary.status).toBe('finished')
      expect(summary.counts.accepted).toBe(ROWS)
      expect(sumCounts(summary.counts)).toBe(ROWS)
      expect(new Set(summary.rows.map((r) => r.index)).size).toBe(ROWS)
      for (const item of items) expect(fake.applied.get(item.key), item.key).toBe(1)
      for (const row of inFlight) expect(fake.lookups).toContain(items[row.index]?.key)
      const text = await readFile(path, 'utf8')
      expect(text).not.toMatch(/PW-SECRET|crash\.example/)
      expect(JSON.parse(text.trim().split('\n').at(-1) ?? '{}')).toMatchObject({ type: 'end', summary: { status: 'finished' } })
    } finally {
      await fake.close()
    }
  })
})

