import { access } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JobService } from '../../../src/core/jobs'
import { lockPath, replayJournal, journalPath } from '../../../src/core/journal'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { jobsDir, practiceResolver, PRODUCT_HEADERS, productRows, source, table } from './support'

/** One request of 10 products every 200 ms: slow enough that shutdown lands mid-job. */
const SLOW = { intervalCap: 1, intervalMs: 200, concurrency: 1 }

describe('shutting the job service down (quitting the app)', () => {
  let server: PracticeServer
  beforeAll(async () => {
    server = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
  })
  afterAll(() => server.close())

  it('resolves only once every running job has recorded that it stopped and released its lock', async () => {
    const dir = await jobsDir()
    const service = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server), pacing: () => SLOW })
    const started = await service.start(source('products:create', table(PRODUCT_HEADERS, productRows(2_000))), { connectionId: 'practice-omnicommerce' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(service.runningCount()).toBe(1)
    await service.close()
    // Nothing more is awaited here: the process may exit right now (Electron's will-quit does not wait).
    await expect(access(lockPath(dir, started.jobId))).rejects.toMatchObject({ code: 'ENOENT' })
    const replayed = await replayJournal(journalPath(dir, started.jobId))
    expect(replayed.end?.status).toBe('cancelled')
    expect(service.runningCount()).toBe(0)
  })
})
