import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventBus } from '../../../src/core/app/event-bus'
import { finishFirstRun } from '../../../src/core/app/first-run'
import { sampleHandlers } from '../../../src/core/app/handlers/sample-handlers'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { applyMapping, createSavedMappingStore, type MappedRow } from '../../../src/core/mapping'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { sampleFile } from '../../../src/core/samples'
import { SettingsStore } from '../../../src/core/settings/settings-store'
import { createSheetReader } from '../../../src/core/sheets'
import { createTargetAdapter, type TargetConnection } from '../../../src/core/targets'
import { validateRows } from '../../../src/core/validation'
import type { ImportView } from '../../../src/shared/import-view'
import { TARGETS, type TargetId } from '../../../src/shared/targets'
import { itemsFor, signal } from '../targets/support'

/** A mistake left in a sample on purpose: where validation points, and the fix a user would type (in `fixField`, if elsewhere). */
interface Mistake {
  readonly rowNumber: number
  readonly field: string
  readonly code: string
  readonly fix: string
  readonly fixField?: string
}

const DELIBERATE: Readonly<Record<TargetId, readonly Mistake[]>> = {
  'products:create': [
    { rowNumber: 10, field: 'detection', code: 'not-allowed', fix: 'SHOES' },
    { rowNumber: 12, field: 'url', code: 'invalid-url', fix: 'https://cdn.maru.example/images/002509.jpg' }
  ],
  'products:update': [{ rowNumber: 7, field: 'metadata.salesPrice', code: 'not-a-number', fix: '31000' }],
  'products:delete': [{ rowNumber: 8, field: 'id', code: 'invalid-characters', fix: '002512' }],
  'customers:create': [
    { rowNumber: 6, field: 'email', code: 'invalid-email', fix: 'jiwoo.jung@example.com' },
    { rowNumber: 9, field: 'dateOfBirth', code: 'invalid-date', fix: '1993-12-02' }
  ],
  'intents:create': [{ rowNumber: 6, field: 'task_id', code: 'missing-one-of', fix: 'practice-fashion-intent', fixField: 'task_name' }]
}

let folder: string
let settings: SettingsStore
const events = new EventBus()
const pushed: unknown[] = []
const reader = createSheetReader()
let imports: ImportSessions
let openSample: (target: TargetId) => Promise<ImportView>

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sheetport-samples-'))
  settings = new SettingsStore(join(folder, 'settings.json'), 'ko')
  events.subscribe((event, payload) => pushed.push({ event, payload }))
  let saved: unknown = null
  const savedMappings = createSavedMappingStore({ load: async () => saved, save: async (next) => void (saved = next) })
  imports = new ImportSessions(reader, savedMappings, () => finishFirstRun(settings, events))
  const handlers = sampleHandlers({ imports, settings })
  openSample = (target) => Promise.resolve(handlers['samples:open']({ target }))
})
afterAll(() => reader.close())

/** A saved-mapping store that remembers nothing, for sessions whose mappings don't matter. */
function forgetfulMappings() {
  return createSavedMappingStore({ load: async () => null, save: async () => {} })
}

/** The sample's rows as they would be sent: the session's full table through its mapping. */
function mappedRows(view: ImportView): MappedRow[] {
  const session = imports.get(view.sessionId)
  if (!session.mapping) throw new Error('the sample opened without a mapping')
  return applyMapping(session.table, session.mapping, session.mapping.target)
}

/** The rows after the user typed each deliberate mistake's fix. */
function fixedRows(target: TargetId, rows: readonly MappedRow[]): MappedRow[] {
  return rows.map((row) => {
    const fixes = DELIBERATE[target].filter((mistake) => mistake.rowNumber === row.rowNumber)
    if (fixes.length === 0) return row
    const values = new Map(row.values)
    for (const { field, fix, fixField } of fixes) values.set(fixField ?? field, fix)
    return { rowNumber: row.rowNumber, values }
  })
}

describe('the practice samples, opened through samples:open', () => {
  it('starts as a first run and ends it (telling every window) once a sample opens', async () => {
    expect((await settings.get()).firstRunDone).toBe(false)
    await openSample('products:create')
    expect((await settings.get()).firstRunDone).toBe(true)
    expect(pushed).toEqual([{ event: 'settings:changed', payload: expect.objectContaining({ firstRunDone: true }) }])
    await openSample('products:update')
    expect(pushed).toHaveLength(1)
  })

  it('ends the first run for a dropped file too, and never fails an open over the flag', async () => {
    const own = new SettingsStore(join(await mkdtemp(join(tmpdir(), 'sheetport-first-run-')), 'settings.json'), 'en')
    const dropped = new ImportSessions(reader, forgetfulMappings(), () => finishFirstRun(own, new EventBus()))
    await dropped.open('고객.xlsx', sampleFile('customers:create', 'ko').bytes)
    expect((await own.get()).firstRunDone).toBe(true)
    // A settings file that can't be written (its folder is a file): the open still succeeds.
    const unwritable = new SettingsStore('/dev/null/settings.json', 'en')
    const heard: unknown[] = []
    const bus = new EventBus()
    bus.subscribe((event) => heard.push(event))
    const stubborn = new ImportSessions(reader, forgetfulMappings(), () => finishFirstRun(unwritable, bus))
    await expect(stubborn.open('고객.xlsx', sampleFile('customers:create', 'ko').bytes)).resolves.toMatchObject({ rowCount: 12 })
    expect(heard).toEqual([])
  })

  it.each(TARGETS)('%s lands on the Columns step with every column matched and nothing missing', async (target) => {
    const view = await openSample(target)
    expect(view.target).toBe(target)
    expect(view.info.fileName).toMatch(/^연습용 .+\.xlsx$/)
    expect(view.rowCount).toBeGreaterThanOrEqual(10)
    expect(view.rowCount).toBeLessThanOrEqual(20)
    expect(view.missing).toEqual([])
    const kinds = view.mapping?.columns.map((column) => column.kind)
    // The delete sample's product-name column is for people only: deleting takes just the code.
    expect(kinds).toEqual(view.headers.map((header) => (target === 'products:delete' && header === '상품명' ? 'ignore' : 'field')))
  })

  it('keeps what a Korean shop typed: leading zeros, Hangul, real Excel dates, Korean yes/no words', async () => {
    const products = await openSample('products:create')
    // The headers are found below the title line that carries the date the list was made.
    expect(products.topRows[products.headerIndex]?.rowNumber).toBe(3)
    expect(products.headers[0]).toBe('상품코드')
    expect(products.preview[0]?.values).toEqual(expect.arrayContaining([['id', '002501'], ['metadata.productName', '울 블렌드 롱코트'], ['detection', 'OUTWEAR'], ['metadata.salesPrice', '189000']]))
    const customers = await openSample('customers:create')
    expect(customers.preview[0]?.values).toEqual(
      expect.arrayContaining([['lastName', '김'], ['dateOfBirth', '1994-04-12'], ['address.postalCode', '06236'], ['receiveEmail', 'yes'], ['gender', 'female']])
    )
  })

  it.each(TARGETS)('%s has exactly its deliberate mistakes, each explained in both languages, and none once fixed', async (target) => {
    const rows = mappedRows(await openSample(target))
    const found = validateRows(rows, target).flatMap((check) => check.issues.map((issue) => ({ rowNumber: check.rowNumber, issue })))
    expect(found.map(({ rowNumber, issue }) => ({ rowNumber, field: issue.field, code: issue.code, severity: issue.severity }))).toEqual(
      DELIBERATE[target].map(({ rowNumber, field, code }) => ({ rowNumber, field, code, severity: 'error' }))
    )
    for (const { issue } of found) {
      expect(issue.message.ko).toMatch(/[가-힣]/)
      expect(issue.message.en).toMatch(/[a-z]/)
    }
    expect(validateRows(fixedRows(target, rows), target).flatMap((check) => check.issues)).toEqual([])
  })
})

describe('the fixed samples against the practice services', () => {
  let practice: PracticeServer
  beforeAll(async () => {
    practice = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
  })
  afterAll(() => practice.close())

  function connectionFor(target: TargetId): TargetConnection {
    if (target.startsWith('products')) return { baseUrl: practice.baseUrls.omnicommerce, credentials: practice.credentials.omnicommerceApiKey }
    if (target === 'customers:create') return { baseUrl: practice.baseUrls.occ }
    return {
      baseUrl: practice.baseUrls.nclue,
      credentials: { accessKey: practice.credentials.nclueAccessKey, secretKey: practice.credentials.nclueSecretKey },
      nclueMinIntervalMs: 0
    }
  }

  /** Sends a sample's fixed rows the way the upload engine does (a batch, or one row per request) and returns each row's state. */
  async function send(target: TargetId): Promise<string[]> {
    const adapter = createTargetAdapter(target, connectionFor(target))
    const { items } = itemsFor(target, fixedRows(target, mappedRows(await openSample(target))))
    const states: string[] = []
    for (let start = 0; start < items.length; start += adapter.batchSize) {
      const outcomes = await adapter.send(items.slice(start, start + adapter.batchSize), signal())
      states.push(...outcomes.map((outcome) => outcome.state))
    }
    return states
  }

  it('accepts every product row (processing at the service, as the 202 says), in the order a user practises: create, then update, then delete', async () => {
    expect(await send('products:create')).toEqual(Array(15).fill('pending'))
    expect(await send('products:update')).toEqual(Array(12).fill('pending'))
    expect(practice.state.products.get('002504')?.fields.metadata).toMatchObject({ salesPrice: 31000, discountPercent: 20 })
    expect(await send('products:delete')).toEqual(Array(10).fill('pending'))
    expect(practice.state.products.size).toBe(5)
  })

  it('accepts every customer and every shopping-intent profile', async () => {
    expect(await send('customers:create')).toEqual(Array(12).fill('accepted'))
    expect([...practice.state.occProfiles.values()].map((profile) => profile.email)).toContain('jiwoo.jung@example.com')
    expect(await send('intents:create')).toEqual(Array(10).fill('pending'))
    expect(practice.state.nclueProfiles.size).toBe(10)
  })
})
