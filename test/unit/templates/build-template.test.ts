import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../../src/shared/catalog'
import { TARGETS, type TargetId } from '../../../src/shared/targets'
import { applyMapping, autoMap } from '../../../src/core/mapping'
import { buildTemplate, GUIDE_HEADERS, GUIDE_SHEET_NAME, looksLikeTemplateExample, TEXT_FORMATTED_ROWS } from '../../../src/core/templates'
import type { SheetTable } from '../../../src/shared/sheet'

const LANGS = ['ko', 'en'] as const
const cases = TARGETS.flatMap((target) => LANGS.map((lang) => [target, lang] as const))

function read(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true })
  const first = wb.Sheets[wb.SheetNames[0] ?? '']
  if (first === undefined) throw new Error('no first sheet')
  const rows = XLSX.utils.sheet_to_json<string[]>(first, { header: 1, raw: false, defval: '', blankrows: false })
  return { wb, first, rows }
}

function asTable(rows: string[][]): SheetTable {
  return { sheetName: 'x', rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })), headerIndex: 0, columnCount: rows[0]?.length ?? 0 }
}

describe('buildTemplate', () => {
  it.each(cases)('%s (%s): headers are the labels and autoMap maps every column back', (target: TargetId, lang) => {
    const bytes = buildTemplate(target, lang)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a zip: .xlsx
    const { rows } = read(bytes)
    const fields = catalogFor(target).fields
    expect(rows[0]).toEqual(fields.map((f) => f.label[lang]))
    expect(rows).toHaveLength(2) // header + one example; the pre-formatted rows are blank
    const mapping = autoMap(rows[0] ?? [], target)
    expect(mapping.columns).toEqual(fields.map((f) => ({ kind: 'field', field: f.name })))
  })

  it.each(cases)('%s (%s): the example row maps to valid-looking values', (target: TargetId, lang) => {
    const { rows } = read(buildTemplate(target, lang))
    const table = asTable(rows)
    const [example] = applyMapping(table, autoMap(rows[0] ?? [], target), target)
    expect(example).toBeDefined()
    if (example === undefined) return
    expect(looksLikeTemplateExample(target, example)).toBe(true)
    for (const f of catalogFor(target).fields) {
      const value = example.values.get(f.name)
      if (f.required) expect(value, f.name).toBeTruthy()
      if (value !== undefined && f.allowed) expect(f.allowed, f.name).toContain(value.split(',')[0])
    }
    if (target === 'customers:create') {
      expect(example.values.get('receiveEmail')).toBe('no')
      expect(example.values.get('address.isDefaultAddress')).toBe('true')
      expect(example.values.get('address.postalCode')).toBe('06236')
      expect(example.values.has('password')).toBe(false)
    }
    if (target === 'intents:create') {
      expect(example.values.has('task_name') !== example.values.has('task_id')).toBe(true)
    }
  })

  it('stores ids, phone numbers and postal codes as text, prices as numbers, and pre-formats text columns', () => {
    const { first } = read(buildTemplate('products:create', 'ko'))
    expect(first['A2']).toMatchObject({ t: 's', v: '000123' })
    const salesCol = catalogFor('products:create').fields.findIndex((f) => f.name === 'metadata.salesPrice')
    expect(first[XLSX.utils.encode_cell({ r: 1, c: salesCol })]).toMatchObject({ t: 'n', v: 35100 })
    const range = XLSX.utils.decode_range(first['!ref'] ?? 'A1')
    expect(range.e.r).toBe(1 + TEXT_FORMATTED_ROWS)

    const customers = read(buildTemplate('customers:create', 'en')).first
    const fields = catalogFor('customers:create').fields
    const col = (name: string): number => fields.findIndex((f) => f.name === name)
    expect(customers[XLSX.utils.encode_cell({ r: 1, c: col('address.postalCode') })]).toMatchObject({ t: 's', v: '06236' })
    expect(customers[XLSX.utils.encode_cell({ r: 1, c: col('address.phoneNumber') })]).toMatchObject({ t: 's', v: '010-1234-5678' })
    expect(customers[XLSX.utils.encode_cell({ r: 1, c: col('address.postalCode') })]?.z).toBe('@')
  })

  it.each(cases)('%s (%s): the second sheet explains every field', (target: TargetId, lang) => {
    const { wb } = read(buildTemplate(target, lang))
    expect(wb.SheetNames[1]).toBe(GUIDE_SHEET_NAME[lang])
    const guide = wb.Sheets[GUIDE_SHEET_NAME[lang]]
    expect(guide).toBeDefined()
    if (guide === undefined) return
    const rows = XLSX.utils.sheet_to_json<string[]>(guide, { header: 1, raw: false, defval: '' })
    expect(rows[0]).toEqual(GUIDE_HEADERS[lang])
    const fields = catalogFor(target).fields
    expect(rows.slice(1).map((r) => r[0])).toEqual(fields.map((f) => f.label[lang]))
    fields.forEach((f, i) => {
      const row = rows[i + 1] ?? []
      expect(row[1], f.name).not.toBe('')
      expect(row[2], f.name).not.toBe('')
      expect(row[4], f.name).toBe(f.help[lang])
      expect(row[5], f.name).toBe(f.name)
    })
  })

  it('spells out requirements, allowed values and the task rule in plain words', () => {
    const guideRows = (target: TargetId, lang: 'ko' | 'en'): string[][] => {
      const { wb } = read(buildTemplate(target, lang))
      return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[GUIDE_SHEET_NAME[lang]]!, { header: 1, raw: false, defval: '' })
    }
    const products = guideRows('products:create', 'ko')
    const detection = products.find((r) => r[5] === 'detection') ?? []
    expect(detection[1]).toBe('필수')
    for (const v of ['TOP (상의', 'OUTWEAR (아우터', 'WHOLEBODY', 'SCARF/MUFFLER', 'AUTO_DETECT']) expect(detection[3]).toContain(v)
    expect(products.find((r) => r[5] === 'mobileSalesUrl')?.[1]).toBe('선택')
    const intents = guideRows('intents:create', 'ko')
    expect(intents.find((r) => r[5] === 'task_id')?.[1]).toBe('태스크 ID 또는 태스크 이름 중 하나 필수')
    expect(intents.find((r) => r[5] === 'name')?.[2]).toContain('100')
    const customers = guideRows('customers:create', 'en')
    expect(customers.find((r) => r[5] === 'receiveEmail')?.[3]).toBe('yes / no')
    expect(customers.find((r) => r[5] === 'gender')?.[3]).toBe('male, female')
  })
})
