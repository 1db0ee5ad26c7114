import { afterEach, describe, expect, it } from 'vitest'
import { jobsHandlers } from '../../../src/core/app/handlers/jobs-handlers'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { JobService } from '../../../src/core/jobs'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { jobsDir, practiceResolver, PRODUCT_HEADERS, productRows, source, table } from './support'

/*
 * A finished job can end with products still processing at the service
 * (the app closed, the CLI's --wait ran out). History's "Check again"
 * (jobs:recheck) asks about those rows again, follows them, and sends
 * nothing; a later view of the job shows where they ended.
 */

const FAST = { intervalCap: 20, intervalMs: 120, concurrency: 4 }
let server: PracticeServer | undefined
let service: JobService | undefined
afterEach(async () => {
  await service?.close()
  await server?.close()
})

describe('checking a finished job again', () => {
  it('turns the rows still processing into accepted or failed, sending nothing, and refuses when nothing is left to check', async () => {
    server = await startPracticeServer({ limits: { omnicommerce: null }, omnicommerceProcessingMs: 800 })
    service = new JobService({ stateDir: await jobsDir(), resolveConnection: practiceResolver(server), pacing: () => FAST, pollEveryMs: 60 })
    const rows = productRows(12)
    rows[4] = ['P-ERR', 'https://shop.example.com/img/error-image.jpg', 'TOP', 'https://shop.example.com/p/err', '이미지 없는 상품']
    const started = await service.start(source('products:create', table(PRODUCT_HEADERS, rows)), { connectionId: 'practice-omnicommerce', trackPendingForMs: 0 })
    const first = await started.done
    expect(first).toMatchObject({ status: 'finished', counts: { pending: 12, accepted: 0 } })
    const sends = server.state.requests('omnicommerce').filter((r) => r.method === 'POST').length

    await new Promise((resolve) => setTimeout(resolve, 900))
    // jobs:recheck needs no open file: the import sessions are never asked.
    const handlers = jobsHandlers({ jobs: service, imports: new ImportSessions({} as never, {} as never), language: async () => 'ko' })
    const checking = await handlers['jobs:recheck']({ jobId: started.jobId })
    expect(checking.jobId).toBe(started.jobId)
    await expect.poll(async () => (await service?.view(started.jobId))?.counts, { timeout: 10_000 }).toMatchObject({ pending: 0, accepted: 11, failed: 1 })
    const failed = await service.rows(started.jobId, { offset: 0, limit: 10, filter: 'failed' })
    expect(failed.rows[0]?.reason?.message.ko).toMatch(/이미지 URL을 열 수 없습니다/)
    expect(server.state.requests('omnicommerce').filter((r) => r.method === 'POST')).toHaveLength(sends)
    await expect.poll(async () => (await service?.view(started.jobId))?.status).toBe('finished')
    await expect(handlers['jobs:recheck']({ jobId: started.jobId })).rejects.toMatchObject({ code: 'jobs.nothing-to-check' })
  })
})
