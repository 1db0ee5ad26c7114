import { describe, expect, it } from 'vitest'
import {
  assignColumn,
  autoMap,
  createSavedMappingStore,
  headerSignature,
  mapColumnAsExtra,
  REPORT_COLUMNS,
  REPORT_COLUMNS_KO,
  setConstant,
  setValueMap,
  type MappingPersistence
} from '../../../src/core/mapping'

class MemoryPersistence implements MappingPersistence {
  saves = 0
  constructor(public data: unknown = undefined) {}
  async load(): Promise<unknown> {
    return structuredClone(this.data)
  }
  async save(data: unknown): Promise<void> {
    this.saves++
    this.data = JSON.parse(JSON.stringify(data)) as unknown
  }
}

const HEADERS = ['상품코드', '상품명', '판매가', '카테고리', '소재', '메모']

function edited() {
  let m = autoMap(HEADERS, 'products:create')
  m = mapColumnAsExtra(m, 4, 'fabric')
  m = assignColumn(m, 5, 'metadata.tip')
  m = setConstant(m, 'url', 'https://example.com/placeholder.jpg')
  m = setValueMap(m, 'detection', '긴팔', 'TOP')
  return m
}

describe('header signature', () => {
  it('is order-sensitive, loose about case/width/spaces, and ignores report columns', () => {
    expect(headerSignature(['A', 'B'])).not.toBe(headerSignature(['B', 'A']))
    expect(headerSignature([' 상품코드 ', 'SKU  Name'])).toBe(headerSignature(['상품코드', 'sku name']))
    expect(headerSignature(['A', 'B', ...REPORT_COLUMNS])).toBe(headerSignature(['A', 'B']))
    expect(headerSignature(['A', 'B', ...REPORT_COLUMNS_KO])).toBe(headerSignature(['A', 'B']))
    expect(headerSignature(['A'])).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('saved mappings', () => {
  it('round-trips a mapping through persistence', async () => {
    const persistence = new MemoryPersistence()
    const mapping = edited()
    await createSavedMappingStore(persistence).saveMapping(mapping)
    const fresh = createSavedMappingStore(persistence)
    const found = await fresh.findSavedMapping(HEADERS, 'products:create')
    expect(found).toEqual(mapping)
    expect(await fresh.findSavedMapping(HEADERS, 'products:update')).toBeNull()
    expect(await fresh.findSavedMapping([...HEADERS, 'new column'], 'products:create')).toBeNull()
  })

  it('re-applies to the app’s failure report with its trailing columns', async () => {
    const store = createSavedMappingStore(new MemoryPersistence())
    const mapping = edited()
    await store.saveMapping(mapping)
    const report = [...HEADERS, ...REPORT_COLUMNS]
    const found = await store.findSavedMapping(report, 'products:create', 0)
    expect(found?.headers).toEqual(report)
    expect(found?.columns).toEqual([...mapping.columns, ...REPORT_COLUMNS.map(() => ({ kind: 'ignore' }))])
    expect(found?.constants).toEqual(mapping.constants)
    expect(found?.valueMaps).toEqual(mapping.valueMaps)
  })

  it('saving a report’s mapping is found again for the original file', async () => {
    const store = createSavedMappingStore(new MemoryPersistence())
    const report = [...REPORT_COLUMNS_KO.slice(0, 1), ...HEADERS, ...REPORT_COLUMNS_KO.slice(1)]
    let m = autoMap(report, 'products:create')
    m = assignColumn(m, 6, 'metadata.tip')
    await store.saveMapping(m)
    const found = await store.findSavedMapping(HEADERS, 'products:create')
    expect(found?.columns[5]).toEqual({ kind: 'field', field: 'metadata.tip' })
    expect(found?.columns[0]).toEqual({ kind: 'field', field: 'id' })
  })

  it('replaces an earlier mapping for the same layout and can forget it', async () => {
    const persistence = new MemoryPersistence()
    const store = createSavedMappingStore(persistence)
    await store.saveMapping(autoMap(HEADERS, 'products:create'))
    await store.saveMapping(edited())
    expect((persistence.data as { entries: unknown[] }).entries).toHaveLength(1)
    expect(await store.findSavedMapping(HEADERS, 'products:create')).toEqual(edited())
    await store.forgetMapping(HEADERS, 'products:create')
    expect(await store.findSavedMapping(HEADERS, 'products:create')).toBeNull()
  })

  it('serialises concurrent saves', async () => {
    const persistence = new MemoryPersistence()
    const store = createSavedMappingStore(persistence)
    await Promise.all([
      store.saveMapping(autoMap(['a'], 'products:create')),
      store.saveMapping(autoMap(['b'], 'products:create')),
      store.saveMapping(autoMap(['c'], 'customers:create'))
    ])
    expect((persistence.data as { entries: unknown[] }).entries).toHaveLength(3)
  })

  it('drops invalid stored data instead of failing', async () => {
    const good = new MemoryPersistence()
    await createSavedMappingStore(good).saveMapping(edited())
    const goodEntry = (good.data as { entries: Record<string, unknown>[] }).entries[0]!
    const entries: unknown[] = [
      null,
      'x',
      { ...goodEntry, target: 'orders:create' },
      { ...goodEntry, signature: 'nothex' },
      { ...goodEntry, columns: [{ kind: 'field' }] },
      { ...goodEntry, headers: ['tampered', ...HEADERS.slice(1)] },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      goodEntry
    ]
    const store = createSavedMappingStore(new MemoryPersistence({ version: 1, entries }))
    expect(await store.findSavedMapping(HEADERS, 'products:create')).toEqual(edited())
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    for (const junk of [undefined, null, 42, 'text', { version: 2, entries: [] }, { version: 1 }, []]) {
      expect(await createSavedMappingStore(new MemoryPersistence(junk)).findSavedMapping(HEADERS, 'products:create')).toBeNull()
    }
  })

  it('treats a failed load as empty and still saves', async () => {
    const broken: MappingPersistence = {
      load: () => Promise.reject(new Error('disk on fire')),
      save: () => Promise.resolve()
    }
    const store = createSavedMappingStore(broken)
    expect(await store.findSavedMapping(HEADERS, 'products:create')).toBeNull()
    await store.saveMapping(edited())
    expect(await store.findSavedMapping(HEADERS, 'products:create')).toEqual(edited())
  })

  it('ignores stored assignments, constants and value maps the catalog no longer accepts', async () => {
    const good = new MemoryPersistence()
    await createSavedMappingStore(good).saveMapping(autoMap(['이메일', '이름'], 'customers:create'))
    const entry = (good.data as { entries: Record<string, unknown>[] }).entries[0]!
    const tampered = {
      ...entry,
      columns: [{ kind: 'field', field: 'nickname' }, { kind: 'extra', key: '__proto__' }],
      constants: [{ field: 'password', value: 'hunter2' }, { field: 'receiveEmail', value: 'no' }, { field: 'gone', value: 'x' }],
      valueMaps: [{ field: 'gender', entries: [{ from: 'x', to: 'other' }, { from: '남', to: 'male' }] }, { field: 'email', entries: [{ from: 'a', to: 'b' }] }]
    }
    const found = await createSavedMappingStore(new MemoryPersistence({ version: 1, entries: [tampered] })).findSavedMapping(['이메일', '이름'], 'customers:create')
    expect(found?.columns).toEqual([{ kind: 'ignore' }, { kind: 'ignore' }])
    expect(found?.constants).toEqual([{ field: 'receiveEmail', value: 'no' }])
    expect(found?.valueMaps).toEqual([{ field: 'gender', entries: [{ from: '남', to: 'male' }] }])
  })

  it('keeps at most MAX_SAVED_MAPPINGS, dropping the oldest', async () => {
    const { MAX_SAVED_MAPPINGS } = await import('../../../src/core/mapping')
    const persistence = new MemoryPersistence()
    let tick = 0
    const store = createSavedMappingStore(persistence, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)))
    for (let i = 0; i < MAX_SAVED_MAPPINGS + 2; i++) await store.saveMapping(autoMap([`h${i}`], 'products:create'))
    expect((persistence.data as { entries: unknown[] }).entries).toHaveLength(MAX_SAVED_MAPPINGS)
    expect(await store.findSavedMapping(['h0'], 'products:create')).toBeNull()
    expect(await store.findSavedMapping([`h${MAX_SAVED_MAPPINGS + 1}`], 'products:create')).not.toBeNull()
  })
})
