import { describe, expect, it } from 'vitest'
import { translator } from '../../../src/cli/i18n'
import { jobExitCode, jobJson } from '../../../src/cli/job-result'
import { Output, type Streams } from '../../../src/cli/output'
import { progressLine, progressReporter } from '../../../src/cli/progress'
import type { JobView } from '../../../src/shared/jobs'

function streams(tty: boolean, columns = 0): Streams & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream,
    stderr: Object.assign({ write: (s: string) => err.push(s) }, { isTTY: tty, columns }) as unknown as Streams['stderr']
  }
}

const VIEW: JobView = {
  jobId: 'j1', parentJobId: null, fileName: 'a.xlsx', sheetName: 'S', target: 'customers:create', connectionId: 'c', connectionName: 'c', createdAt: '',
  status: 'running', pauseMessage: null, total: 1204,
  counts: { invalid: 4, queued: 700, 'in-flight': 3, accepted: 490, failed: 7, pending: 0, unknown: 0 },
  sentRows: 500, requests: 512, ratePerSecond: 4.96, etaMs: 141_000, durationMs: 100_000, problem: null, resumable: false, confirming: null
}

describe('what the CLI writes where', () => {
  it('keeps stdout for the result: under --json the summary goes to stderr and stdout holds one JSON line', () => {
    const s = streams(false)
    const out = new Output(s, true)
    out.result('summary')
    out.notice('note')
    out.json({ job: 'j1' })
    expect(s.out).toEqual(['{"job":"j1"}\n'])
    expect(s.err).toEqual(['summary\n', 'note\n'])
  })

  it('rewrites one progress line on a terminal and cuts it to the width; plain lines elsewhere', () => {
    const tty = streams(true, 40)
    const out = new Output(tty, false)
    out.progress('x'.repeat(100))
    out.progress('short')
    out.result('done')
    expect(tty.err[0]).toBe(`\r\x1b[2K${'x'.repeat(38)}…`)
    expect(tty.err[1]).toBe('\r\x1b[2Kshort')
    expect(tty.err[2]).toBe('\n')
    expect(tty.out).toEqual(['done\n'])
    const plain = streams(false)
    new Output(plain, false).progress('line')
    expect(plain.err).toEqual(['line\n'])
  })

  it('shows counts, rate and time left, and off a terminal writes a line at most every 5 s', () => {
    expect(progressLine(VIEW, translator('en'), 'en')).toBe('501/1,204 rows · 490 accepted · 7 failed · 5.0 requests/s · about 2 min 21 s left')
    expect(progressLine(VIEW, translator('ko'), 'ko')).toBe('501/1,204행 · 완료 490 · 실패 7 · 초당 요청 5.0건 · 약 2분 21초 남음')
    const s = streams(false)
    let now = 0
    const report = progressReporter(new Output(s, false), translator('en'), 'en', () => now)
    report(VIEW)
    now = 4999
    report(VIEW)
    now = 5000
    report(VIEW)
    expect(s.err).toHaveLength(1)
  })
})

describe('the result of a job', () => {
  const finished = (counts: Partial<JobView['counts']>): JobView => ({ ...VIEW, status: 'finished', counts: { ...VIEW.counts, queued: 0, 'in-flight': 0, invalid: 0, failed: 0, ...counts } })

  it('exits 0 only when every row went through (still processing is fine), 1 otherwise', () => {
    expect(jobExitCode(finished({ pending: 3 }))).toBe(0)
    expect(jobExitCode(finished({ invalid: 1 }))).toBe(1)
    expect(jobExitCode(finished({ failed: 1 }))).toBe(1)
    expect(jobExitCode(finished({ unknown: 1 }))).toBe(1)
    expect(jobExitCode({ ...finished({}), status: 'cancelled' })).toBe(1)
  })

  it('gives the --json keys in the documented order', () => {
    expect(Object.keys(jobJson(VIEW))).toEqual(['job', 'total', 'invalid', 'sent', 'accepted', 'failed', 'pending', 'unknown', 'requests', 'durationMs'])
    expect(jobJson(VIEW)).toMatchObject({ job: 'j1', total: 1204, sent: 500, requests: 512 })
  })
})
