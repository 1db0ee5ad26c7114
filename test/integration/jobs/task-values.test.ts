import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { dispatch } from '../../../src/core/app/dispatch'
import type { IpcResult } from '../../../src/shared/errors'
import type { ImportView } from '../../../src/shared/import-view'
import type { JobView, ReasonGroup } from '../../../src/shared/jobs'
import { createTestCore } from '../../unit/support/test-core'

let core: Awaited<ReturnType<typeof createTestCore>>
beforeAll(async () => {
  core = await createTestCore()
})
afterAll(async () => core.close())

async function call<T>(channel: string, request?: unknown): Promise<T> {
  const answer = (await dispatch(core.handlers, channel, request)) as IpcResult<T>
  if (!answer.ok) throw new Error(`${channel}: ${answer.code} ${answer.message}`)
  return answer.data
}

describe('an NCLUE sheet whose task column mixes task names and task ids', () => {
  it('sends every row that names a task, by name or id, and fails the others before sending, naming the closest task', async () => {
    const book = XLSX.utils.book_new()
    const rows = [
      ['프로필명', 'task_id'],
      ['이름으로 쓴 행', 'practice-fashion-intent'],
      ['ID로 쓴 행', '3179664c-0000-4000-8000-af6354344018'],
      ['오타 난 행', 'practice-fashon-intent']
    ]
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '의도')
    const opened = await call<ImportView>('import:open', { fileName: '의도.xlsx', bytes: new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer) })
    await call('import:set-target', { sessionId: opened.sessionId, target: 'intents:create' })
    let job = await call<JobView>('jobs:start', { sessionId: opened.sessionId, connectionId: 'practice-nclue' })
    // The app goes on following created profiles; every row has been dealt with once none is queued or in flight.
    for (let i = 0; i < 150 && (job.counts.queued > 0 || job.counts['in-flight'] > 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      job = await call<JobView>('jobs:get', { jobId: job.jobId })
    }
    expect(job.counts).toMatchObject({ failed: 1, invalid: 0 })
    expect(job.counts.pending + job.counts.accepted).toBe(2)
    // The misspelt task was never sent: only the two good rows were.
    expect(job.sentRows).toBe(2)
    const [group] = await call<ReasonGroup[]>('jobs:reasons', { jobId: job.jobId })
    expect(group).toMatchObject({ state: 'failed', count: 1, reason: { code: 'task-not-found-closest' } })
    expect(group?.reason.message.ko).toBe('이 이름이나 ID의 NCLUE 태스크가 없습니다 — 혹시 “practice-fashion-intent”인가요? 철자를 확인하거나 태스크 ID를 쓰세요')
    expect(group?.reason.message.en).toContain('did you mean “practice-fashion-intent”?')
  })
})
