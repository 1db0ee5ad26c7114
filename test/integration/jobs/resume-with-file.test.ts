import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JobService } from '../../../src/core/jobs'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { jobsDir, practiceResolver, source, table } from './support'

const FAST = { intervalCap: 20, intervalMs: 120, concurrency: 4 }
const HEADERS = ['이메일', '이름', '성', '비밀번호', '수신동의']
const customers = (count: number): string[][] => Array.from({ length: count }, (_, i) => [`c${i}@example.com`, '민수', '김', `Pw-${i}-Secret!`, '예'])

describe('continuing an interrupted customers upload whose passwords were not kept', () => {
  let server: PracticeServer
  let dir: string

  beforeEach(async () => {
    server = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
    dir = await jobsDir()
  })
  afterEach(async () => server.close())

  it('asks for the file, refuses another one, then settles the rows that were in flight without creating anyone twice', async () => {
    const rows = customers(6)
    // The app "crashes": every create is processed by the service but never answered, and the app is gone.
    server.setFaults('occ', { hangAfterProcessing: { methods: ['POST'], pathIncludes: '/profiles' } })
    const crashed = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server), pacing: () => FAST })
    const started = await crashed.start(source('customers:create', table(HEADERS, rows), '고객.xlsx'), { connectionId: 'practice-occ' })
    await expect.poll(() => server.state.occProfiles.size, { timeout: 5000 }).toBe(4)
    server.setFaults('occ', {})

    const restarted = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server), pacing: () => FAST })
    const [listed] = await restarted.list()
    expect(listed).toMatchObject({ jobId: started.jobId, status: 'interrupted', resumable: true })
    await expect(restarted.resume(started.jobId)).rejects.toMatchObject({ code: 'jobs.resume-needs-file' })

    const changed = rows.map((r, i) => (i === 5 ? ['other@example.com', ...r.slice(1)] : r))
    await expect(restarted.resumeWithFile(started.jobId, { fileName: '고객.xlsx', table: table(HEADERS, changed) })).rejects.toMatchObject({ code: 'jobs.resume-refused' })

    const resumed = await restarted.resumeWithFile(started.jobId, { fileName: '고객.xlsx', table: table(HEADERS, rows) })
    const view = await resumed.done
    expect(view).toMatchObject({ status: 'finished', total: 6 })
    expect(view.counts.accepted).toBe(6)
    expect(server.state.occProfiles.size).toBe(6)
    const creates = server.state.requests('occ').filter((r) => r.method === 'POST' && r.path.includes('/profiles'))
    expect(creates).toHaveLength(6)
  })
})

describe('a job another process is running', () => {
  it('shows as running and can be neither continued nor deleted here', async () => {
    const { spawn } = await import('node:child_process')
    const { writeFile } = await import('node:fs/promises')
    const { lockPath } = await import('../../../src/core/journal')
    const server = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
    const dir = await jobsDir()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' })
    try {
      server.setFaults('occ', { hangAfterProcessing: { methods: ['POST'], pathIncludes: '/profiles' } })
      const first = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server), pacing: () => FAST })
      const started = await first.start(source('customers:create', table(HEADERS, customers(2))), { connectionId: 'practice-occ' })
      await writeFile(lockPath(dir, started.jobId), String(other.pid))
      const elsewhere = new JobService({ stateDir: dir, resolveConnection: practiceResolver(server) })
      expect(await elsewhere.view(started.jobId)).toMatchObject({ status: 'running', resumable: false })
      await expect(elsewhere.resumeWithFile(started.jobId, { fileName: 'rows.xlsx', table: table(HEADERS, customers(2)) })).rejects.toMatchObject({ code: 'jobs.running-elsewhere' })
      await expect(elsewhere.delete(started.jobId)).rejects.toMatchObject({ code: 'jobs.running' })
    } finally {
      other.kill('SIGKILL')
      await server.close()
    }
  })
})
