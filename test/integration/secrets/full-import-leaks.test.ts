import { gunzipSync, unzipSync } from 'fflate'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as XLSX from 'xlsx'
import { dispatch } from '../../../src/core/app/dispatch'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import type { ConnectionSummary } from '../../../src/shared/app-types'
import type { IpcResult } from '../../../src/shared/errors'
import type { DownloadFile, ImportView } from '../../../src/shared/import-view'
import type { JobView } from '../../../src/shared/jobs'
import type { TargetId } from '../../../src/shared/targets'
import { createTestCore } from '../../unit/support/test-core'

// A full import of all three services with distinctive keys and passwords, then a search of
// everything that left the core: every IPC answer and event, every console line, every file
// in the data folder (journals and snapshots unpacked), and every exported report.

const KEYS = {
  omnicommerceApiKey: 'omni-KEY-9c41e7-distinctive',
  occAppKey: 'occ-APPKEY-5b27d0-distinctive',
  nclueAccessKey: 'ncp-ACCESS-1f8a33-distinctive',
  nclueSecretKey: 'ncp-SECRET-77d2c9-distinctive'
}
const WRONG_KEY = 'omni-WRONG-KEY-3e6b11-distinctive'
const PASSWORD = 'Pw-Leak-Probe-4a9f!x'
const SECRETS = [...Object.values(KEYS), WRONG_KEY, PASSWORD]
const variants = (secret: string): string[] => [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), JSON.stringify(secret).slice(1, -1)]

let core: Awaited<ReturnType<typeof createTestCore>>
let server: PracticeServer
const seen: string[] = []

async function call<T>(channel: string, request?: unknown): Promise<T> {
  const answer = (await dispatch(core.handlers, channel, request, (c, error) => seen.push(`${c}: ${String(error)}`))) as IpcResult<T>
  seen.push(JSON.stringify(answer, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value)))
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.code} ${answer.message}`)
  return answer.data
}

function workbook(rows: string[][]): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1')
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

async function upload(fileName: string, rows: string[][], target: TargetId, connectionId: string): Promise<JobView> {
  const view = await call<ImportView>('import:open', { fileName, bytes: workbook(rows) })
  await call<ImportView>('import:set-target', { sessionId: view.sessionId, target })
  let job = await call<JobView>('jobs:start', { sessionId: view.sessionId, connectionId })
  for (let i = 0; i < 200 && (job.status === 'running' || job.status === 'cancelling'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    job = await call<JobView>('jobs:get', { jobId: job.jobId })
  }
  return job
}

/** Every file under a folder, with gzip snapshots unpacked. */
async function filesUnder(folder: string): Promise<string[]> {
  const texts: string[] = []
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const bytes = await readFile(join(entry.parentPath, entry.name))
    texts.push(Buffer.from(entry.name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))
  }
  return texts
}

/** A report's bytes and, for xlsx, every file inside it. */
function reportTexts(file: DownloadFile): string[] {
  const raw = Buffer.from(file.bytes).toString('utf8')
  if (!file.fileName.endsWith('.xlsx')) return [raw]
  return [raw, ...Object.values(unzipSync(file.bytes)).map((b) => Buffer.from(b).toString('utf8'))]
}

beforeAll(async () => {
  server = await startPracticeServer({ credentials: KEYS, limits: { omnicommerce: null, occ: null, nclue: null }, omnicommerceProcessingMs: 0, nclueLifecycle: { registeredMs: 20, pendingMs: 20, inProgressMs: 20 } })
  core = await createTestCore()
  core.events.subscribe((event, payload) => seen.push(`${event} ${JSON.stringify(payload)}`))
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void seen.push(args.map(String).join(' ')))
  }
})
afterAll(async () => {
  vi.restoreAllMocks()
  await core.close()
  await server.close()
})

describe('no secret leaks from a full import', () => {
  it('sends with the keys, yet no answer, event, log line, file or report contains a key or a password', async () => {
    const omni = await call<ConnectionSummary>('connections:add', { service: 'omnicommerce', name: 'Shop', baseUrl: server.baseUrls.omnicommerce, apiKey: KEYS.omnicommerceApiKey })
    const occ = await call<ConnectionSummary>('connections:add', { service: 'occ', name: 'Store', baseUrl: server.baseUrls.occ, language: 'ko', occMode: 'admin', appKey: KEYS.occAppKey })
    const nclue = await call<ConnectionSummary>('connections:add', { service: 'nclue', name: 'Intents', baseUrl: server.baseUrls.nclue, accessKey: KEYS.nclueAccessKey, secretKey: KEYS.nclueSecretKey })
    const wrong = await call<ConnectionSummary>('connections:add', { service: 'omnicommerce', name: 'Wrong', baseUrl: server.baseUrls.omnicommerce, apiKey: WRONG_KEY })
    for (const c of [omni, occ, nclue, wrong]) await call('connections:test', { id: c.id })

    const products = [['상품코드', '이미지URL', 'detection', '상품URL'], ['000123', 'https://img.example/1.jpg', 'TOP', 'https://shop.example/p/1'], ['000124', 'https://img.example/unreachable.jpg', 'TOP', 'https://shop.example/p/2']]
    const productJob = await upload('상품.xlsx', products, 'products:create', omni.id)
    expect(productJob.counts).toMatchObject({ accepted: 1, failed: 1 })

    const customers = [['이메일', '이름', '성', '비밀번호', '수신동의'], ['kim@example.com', '민수', '김', PASSWORD, '예'], ['internal-error@example.com', '지은', '이', PASSWORD, '아니오'], ['bad-email', '철수', '박', PASSWORD, '예']]
    const customerJob = await upload('고객.xlsx', customers, 'customers:create', occ.id)
    expect(customerJob.counts).toMatchObject({ accepted: 1, invalid: 1 })

    const intents = [['프로필명', 'task_name'], ['여름 원피스', 'practice-fashion-intent'], ['FAIL 프로필', 'practice-fashion-intent']]
    const intentJob = await upload('의도.xlsx', intents, 'intents:create', nclue.id)
    expect(intentJob.counts).toMatchObject({ accepted: 1, failed: 1 })

    const refused = await upload('상품2.xlsx', products, 'products:create', wrong.id)
    expect(refused.status).toBe('paused')
    await call('jobs:cancel', { jobId: refused.jobId })

    for (const job of [productJob, customerJob, intentJob]) {
      await call('jobs:rows', { jobId: job.jobId, offset: 0, limit: 100, filter: 'all' })
      await call('jobs:reasons', { jobId: job.jobId })
      for (const format of ['xlsx', 'csv'] as const) seen.push(...reportTexts(await call<DownloadFile>('jobs:report', { jobId: job.jobId, format, language: 'ko' })))
    }
    await call('jobs:list')
    await call('connections:list')
    await new Promise((resolve) => setTimeout(resolve, 200))
    seen.push(...(await filesUnder(core.dataDir)))

    // The search can fail: the password really was in a file that was imported, and the keys really opened the services.
    expect(Buffer.from(workbook(customers)).length).toBeGreaterThan(0)
    expect(seen.join('\n')).toContain('kim@example.com')
    const haystack = seen.join('\n')
    for (const secret of SECRETS) for (const spelling of variants(secret)) expect(haystack.includes(spelling), `${secret} leaked as ${spelling}`).toBe(false)
  })

  it('keeps a support log of every job, retry and refusal, without a cell value, a file name or an address', async () => {
    const log = await readFile(join(core.dataDir, 'logs', 'sheetport.log'), 'utf8')
    const jobs = (await call<JobView[]>('jobs:list')).map((job) => job.jobId)
    expect(jobs).toHaveLength(4)
    for (const jobId of jobs) {
      expect(log).toMatch(new RegExp(`job\\.start job=${jobId} target=[a-z]+:create rows=\\d+`))
      expect(log).toMatch(new RegExp(`job\\.end job=${jobId} status=(finished|cancelled)`))
    }
    expect(log).toMatch(/job\.refusals job=\S+ reasons=\S+:1/)
    // The refused key paused its job: the log says so, by kind only.
    expect(log).toMatch(/request\.setback job=\S+ action=pause-job kind=auth/)
    const cellsAndNames = ['000123', '000124', 'kim@example.com', 'internal-error@example.com', 'bad-email', '여름 원피스', 'FAIL 프로필', 'practice-fashion-intent', 'img.example', 'shop.example', '민수', '지은', '상품', '고객', '의도', 'Intents', 'Store', '127.0.0.1', 'localhost', core.dataDir]
    for (const value of [...cellsAndNames, ...SECRETS]) expect(log.includes(value), `${value} is in the log`).toBe(false)
    expect(log.split('\n').filter(Boolean).every((line) => /^\d{4}-\d\d-\d\dT[\d:.]+Z web\[\d+\] [a-z.]+( [A-Za-z]+=\S+)*$/.test(line))).toBe(true)
  })
})
