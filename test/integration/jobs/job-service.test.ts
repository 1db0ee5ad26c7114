import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JobService } from '../../../src/core/jobs'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import type { JobView } from '../../../src/shared/jobs'
import { jobsDir, practiceResolver, PRODUCT_HEADERS, productRows, source, table } from './support'

const FAST = { intervalCap: 20, intervalMs: 120, concurrency: 4 }

function sum(view: JobView): number {
  return Object.values(view.counts).reduce((a, b) => a + b, 0)
}

describe('JobService against the practice emulator', () => {
  let server: PracticeServer
  let dir: string
  let service: JobService
  const events: JobView[] = []

  beforeEach(async () => {
    server = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null }, omnicommerceProcessingMs: 0, nclueLifecycle: { registeredMs: 30, pendingMs: 30, inProgressMs: 30 } })
    dir = await jobsDir()
    events.length = 0
    service = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server), pacing: () => FAST, progressEveryMs: 10, pollEveryMs: 50, onProgress: (v) => events.push(v) })
  })
  afterEach(async () => {
    await service.close()
    await server.close()
  })

  it('sends the valid rows, counts the invalid ones, and every count adds up to the rows in scope', async () => {
    const rows = productRows(250)
    rows[3] = ['', 'https://shop.example.com/x.jpg', 'TOP', 'https://shop.example.com/p/x', 'no id']
    rows[7] = ['P-BAD', 'https://shop.example.com/x.jpg', 'NOT-A-DETECTION', 'https://shop.example.com/p/x', 'bad detection']
    const started = await service.start(source('products:create', table(PRODUCT_HEADERS, rows)), { connectionId: 'practice-omnicommerce' })
    expect(started.prepared.invalid).toEqual([3, 7])
    const view = await started.done
    expect(view.status).toBe('finished')
    expect(view.total).toBe(250)
    expect(view.counts).toMatchObject({ invalid: 2, accepted: 248, failed: 0, unknown: 0, queued: 0, 'in-flight': 0 })
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect(sum(e)).toBe(e.total)

    const problems = await service.rows(started.jobId, { offset: 0, limit: 50, filter: 'problems' })
    expect(problems.matching).toBe(2)
    expect(problems.rows.map((r) => r.rowNumber)).toEqual([5, 9])
    expect(problems.rows[0]?.reason?.message.en).toMatch(/product id|id/i)
    expect(problems.rows[0]?.cells[1]).toBe('https://shop.example.com/x.jpg')
    const groups = await service.reasons(started.jobId)
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(2)
  })

  it('keeps a past job readable after a restart: history, rows and reasons come from the journal and snapshot', async () => {
    const started = await service.start(source('products:create', table(PRODUCT_HEADERS, productRows(30)), 'catalog.xlsx'), { connectionId: 'practice-omnicommerce' })
    await started.done
    const fresh = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server) })
    const [listed] = await fresh.list()
    expect(listed).toMatchObject({ jobId: started.jobId, fileName: 'catalog.xlsx', status: 'finished', total: 30, connectionName: 'OMNICOMMERCE (practice)' })
    expect(listed?.counts.accepted).toBe(30)
    const page = await fresh.rows(started.jobId, { offset: 25, limit: 10, filter: 'all' })
    expect(page.matching).toBe(30)
    expect(page.rows.map((r) => r.cells[0])).toEqual(['P00025', 'P00026', 'P00027', 'P00028', 'P00029'])
    await fresh.delete(started.jobId)
    expect(await fresh.list()).toEqual([])
  })

  it('resends only the failed rows as a child job that remembers each row’s earlier attempt', async () => {
    const rows = productRows(6)
    rows[2] = ['P00002', 'https://shop.example.com/unreachable.jpg', 'TOP', 'https://shop.example.com/p/2', '이미지 없음']
    const first = await service.start(source('products:create', table(PRODUCT_HEADERS, rows)), { connectionId: 'practice-omnicommerce' })
    const firstView = await first.done
    expect(firstView.counts.failed).toBe(1)
    expect(await service.resendable(first.jobId)).toEqual([2])

    rows[2] = ['P00002', 'https://shop.example.com/fixed.jpg', 'TOP', 'https://shop.example.com/p/2', '이미지 고침']
    const second = await service.start(source('products:create', table(PRODUCT_HEADERS, rows)), { connectionId: 'practice-omnicommerce', only: [2], parentJobId: first.jobId })
    const secondView = await second.done
    expect(secondView).toMatchObject({ total: 1, parentJobId: first.jobId })
    expect(secondView.counts.accepted).toBe(1)
    const page = await service.rows(second.jobId, { offset: 0, limit: 10, filter: 'all' })
    expect(page.rows[0]?.attempts).toEqual([expect.objectContaining({ jobId: first.jobId, state: 'failed' })])
    expect(page.rows[0]?.attempts[0]?.reason?.code).toBe('image-unreachable')
  })

  it('never writes a password to the journal or the snapshot', async () => {
    const t = table(['이메일', '이름', '성', '비밀번호', '수신동의'], [['a@example.com', '민수', '김', 'Pw-Do-Not-Store-1!', '예']])
    const started = await service.start(source('customers:create', t), { connectionId: 'practice-occ' })
    const view = await started.done
    expect(view.counts.accepted).toBe(1)
    const journal = await readFile(`${dir}/${started.jobId}.jsonl`, 'utf8')
    expect(journal).not.toContain('Pw-Do-Not-Store-1!')
    const { gunzipSync } = await import('fflate')
    const snapshot = Buffer.from(gunzipSync(await readFile(`${dir}/${started.jobId}.rows.json.gz`))).toString('utf8')
    expect(snapshot).not.toContain('Pw-Do-Not-Store-1!')
    expect(snapshot).toContain('a@example.com')
    await expect(service.resume(started.jobId)).rejects.toMatchObject({ code: 'jobs.already-finished' })
  })

  it('follows NCLUE profiles to their final status when asked to track them', async () => {
    const t = table(['프로필명', 'task_name'], [['여름 원피스 관심', 'practice-fashion-intent'], ['FAIL 테스트', 'practice-fashion-intent']])
    const started = await service.start(source('intents:create', t), { connectionId: 'practice-nclue', trackPendingForMs: 10_000 })
    const view = await started.done
    expect(view.counts).toMatchObject({ accepted: 1, failed: 1, pending: 0 })
    const failed = await service.rows(started.jobId, { offset: 0, limit: 10, filter: 'failed' })
    expect(failed.rows[0]?.remoteId).toBeTruthy()
    expect(failed.rows[0]?.reason).not.toBeNull()
  })

  it('pauses, resumes and cancels a running job; a cancelled job lists its unsent rows as not sent', async () => {
    server.setFaults('omnicommerce', { latencyMs: 200 })
    const started = await service.start(source('products:create', table(PRODUCT_HEADERS, productRows(2000))), { connectionId: 'practice-omnicommerce' })
    expect(service.runningCount()).toBe(1)
    expect(service.pause(started.jobId).status).toBe('paused')
    expect(service.resumePaused(started.jobId).status).toBe('running')
    service.cancel(started.jobId)
    const view = await started.done
    expect(view.status).toBe('cancelled')
    expect(sum(view)).toBe(2000)
    expect(view.counts.queued).toBeGreaterThan(0)
    expect(service.runningCount()).toBe(0)
    const notSent = await service.rows(started.jobId, { offset: 0, limit: 1, filter: 'queued' })
    expect(notSent.rows[0]?.reason?.code).toBe('not-sent')
    expect((await service.resendable(started.jobId)).length).toBe(view.counts.queued + view.counts.failed + view.counts.unknown)
  })
})
