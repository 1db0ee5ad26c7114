import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { jobsHandlers } from '../../../src/core/app/handlers/jobs-handlers'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { JobService } from '../../../src/core/jobs'
import { createSavedMappingStore } from '../../../src/core/mapping'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { createSheetReader } from '../../../src/core/sheets'
import type { JobView } from '../../../src/shared/jobs'
import { jobsDir, practiceResolver } from './support'

const FAST = { intervalCap: 20, intervalMs: 120, concurrency: 4 }
const HEADERS = ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지']
const product = (id: string, image = `https://img.example/${id}.jpg`, category = 'TOP'): string[] => [id, '셔츠', image, category, `https://shop.example/p/${id}`]
const UNREACHABLE = (id: string) => `https://img.example/unreachable/${id}.jpg`

function workbook(rows: readonly string[][]): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADERS, ...rows]), '상품')
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

/** Rows 0–5: two refused for their image, one with a category the service does not know, one without an image, two fine. */
const ROWS = [product('A-1'), product('A-2', UNREACHABLE('A-2')), product('A-3', undefined, '우산'), product('A-4', UNREACHABLE('A-4')), product('A-5', ''), product('A-6')]

describe('the results channels: reason groups as filters, the grid’s columns, and which open file holds a job’s rows', () => {
  const reader = createSheetReader()
  const imports = new ImportSessions(reader, createSavedMappingStore({ load: async () => null, save: async () => {} }))
  let server: PracticeServer
  let jobs: JobService
  let handlers: ReturnType<typeof jobsHandlers>
  afterAll(() => reader.close())
  beforeEach(async () => {
    server = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null }, omnicommerceProcessingMs: 0 })
    jobs = new JobService({ stateDir: await jobsDir(), resolveConnection: practiceResolver(server), pacing: () => FAST, progressEveryMs: 10 })
    handlers = jobsHandlers({ jobs, imports, language: async () => 'ko' })
  })
  afterEach(async () => {
    await jobs.close()
    await server.close()
  })

  async function open(rows: readonly string[][]): Promise<string> {
    const view = await imports.open('상품.xlsx', workbook(rows))
    await imports.setTarget(view.sessionId, 'products:create')
    return view.sessionId
  }
  async function finished(job: JobView): Promise<JobView> {
    for (;;) {
      const view = await handlers['jobs:get']({ jobId: job.jobId })
      if (view.status === 'finished') return view
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  it('lists only one group’s rows when asked for it by its key, and the groups add up to the problem rows', async () => {
    const sessionId = await open(ROWS)
    const job = await finished(await handlers['jobs:start']({ sessionId, connectionId: 'practice-omnicommerce' }))
    expect(job.counts).toMatchObject({ accepted: 2, failed: 2, invalid: 2 })
    const groups = await handlers['jobs:reasons']({ jobId: job.jobId })
    expect(groups.map((g) => [g.state, g.reason.code, g.count])).toEqual([
      ['failed', 'image-unreachable', 2],
      ['invalid', expect.stringMatching(/^invalid:/), 1],
      ['invalid', expect.stringMatching(/^invalid:/), 1]
    ])
    expect(new Set(groups.map((g) => g.key)).size).toBe(3)
    for (const group of groups) {
      const page = await handlers['jobs:rows']({ jobId: job.jobId, offset: 0, limit: 50, filter: 'all', group: group.key })
      expect(page.matching).toBe(group.count)
      expect(page.rows.every((r) => r.state === group.state && r.reason?.message.en === group.reason.message.en)).toBe(true)
    }
    const image = await handlers['jobs:rows']({ jobId: job.jobId, offset: 1, limit: 50, filter: 'all', group: groups[0]?.key ?? '' })
    expect(image).toMatchObject({ matching: 2, rows: [{ index: 3, rowNumber: 5 }] })
    const none = await handlers['jobs:rows']({ jobId: job.jobId, offset: 0, limit: 50, filter: 'all', group: 'no such group' })
    expect(none).toEqual({ matching: 0, rows: [] })
  })

  it('gives the job’s sheet columns with the field each fed', async () => {
    const sessionId = await open(ROWS)
    const job = await finished(await handlers['jobs:start']({ sessionId, connectionId: 'practice-omnicommerce' }))
    const columns = await handlers['jobs:columns']({ jobId: job.jobId })
    expect(columns.map((c) => [c.header, c.field])).toEqual([
      ['상품코드', 'id'],
      ['상품명', 'metadata.productName'],
      ['이미지 URL', 'url'],
      ['카테고리', 'detection'],
      ['상품 페이지', 'salesUrl']
    ])
  })

  it('knows the open file holds a job’s rows after its failed rows were edited, and a reopened unchanged file too — not another file', async () => {
    const sessionId = await open(ROWS)
    const job = await finished(await handlers['jobs:start']({ sessionId, connectionId: 'practice-omnicommerce' }))
    await expect(handlers['jobs:holds-rows']({ jobId: job.jobId, sessionId })).resolves.toBe(true)
    imports.editCell(sessionId, 1, 2, 'https://img.example/A-2.jpg')
    await expect(handlers['jobs:holds-rows']({ jobId: job.jobId, sessionId })).resolves.toBe(true)
    await expect(handlers['jobs:holds-rows']({ jobId: job.jobId, sessionId: await open(ROWS) })).resolves.toBe(true)

    const changedAccepted = ROWS.map((row, i) => (i === 0 ? product('Z-1') : row))
    await expect(handlers['jobs:holds-rows']({ jobId: job.jobId, sessionId: await open(changedAccepted) })).resolves.toBe(false)
    await expect(handlers['jobs:holds-rows']({ jobId: job.jobId, sessionId: await open([...ROWS, product('A-7')]) })).resolves.toBe(false)
  })

  it('resends with the edits of the open file, and refuses a file that does not hold the rows', async () => {
    const sessionId = await open(ROWS)
    const job = await finished(await handlers['jobs:start']({ sessionId, connectionId: 'practice-omnicommerce' }))
    const other = await open(ROWS.map((row, i) => (i === 5 ? product('Z-6') : row)))
    await expect(handlers['jobs:resend']({ jobId: job.jobId, sessionId: other })).rejects.toMatchObject({ code: 'jobs.resend-other-file' })

    imports.editCell(sessionId, 1, 2, 'https://img.example/A-2.jpg')
    imports.editCell(sessionId, 4, 2, 'https://img.example/A-5.jpg')
    const child = await finished(await handlers['jobs:resend']({ jobId: job.jobId, sessionId }))
    expect(child).toMatchObject({ parentJobId: job.jobId, total: 4 })
    expect(child.counts).toMatchObject({ accepted: 2, failed: 1, invalid: 1 })
  })
})
