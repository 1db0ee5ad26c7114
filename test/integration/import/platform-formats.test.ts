import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { createSavedMappingStore } from '../../../src/core/mapping'
import { createSheetReader } from '../../../src/core/sheets'
import { assignColumn } from '../../../src/shared/mapping'

const FIXTURES = join(__dirname, '../../fixtures/platform-exports')

function memoryPersistence() {
  let data: unknown = null
  return { load: async () => data, save: async (next: unknown) => void (data = next) }
}

const fieldOf = (view: { headers: readonly string[]; mapping: { columns: readonly { kind: string; field?: string }[] } | null }, header: string) => {
  const a = view.mapping?.columns[view.headers.indexOf(header)]
  return a?.kind === 'field' ? a.field : null
}

describe('ImportSessions: platform exports', () => {
  const reader = createSheetReader()
  const sessions = new ImportSessions(reader, createSavedMappingStore(memoryPersistence()))
  afterAll(() => reader.close())

  it('recognises a Cafe24 export, suggests products and maps by the preset, which the person can still change', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'cafe24', 'products-export.csv')))
    const opened = await sessions.open('manwonyori_producr_template.csv', bytes)
    expect(opened.suggestedTarget).toBe('products:create')
    expect(opened.format).toMatchObject({ id: 'cafe24-products', name: { en: 'Cafe24 product export' }, applied: false })
    expect(opened.target).toBeNull()

    const mapped = await sessions.setTarget(opened.sessionId, 'products:create')
    expect(mapped.format?.applied).toBe(true)
    expect(['상품코드', '판매가', '소비자가', '공급가', '상품분류 번호', '이미지등록(목록)'].map((h) => fieldOf(mapped, h))).toEqual([
      'id', 'metadata.salesPrice', 'metadata.originPrice', null, null, null
    ])
    expect(mapped.preview[0]?.values).toContainEqual(['metadata.salesPrice', '6300'])

    const changed = await sessions.setMapping(opened.sessionId, assignColumn(mapped.mapping!, mapped.headers.indexOf('공급가'), 'metadata.memberPrice'))
    expect(fieldOf(changed, '공급가')).toBe('metadata.memberPrice')
  })

  it('suggests customers for a customer export and keeps a hash and a zip code off the wrong fields', async () => {
    const shopify = await sessions.open('customers_export.csv', new Uint8Array(readFileSync(join(FIXTURES, 'shopify', 'customers-export.csv'))))
    expect(shopify.suggestedTarget).toBe('customers:create')
    const mapped = await sessions.setTarget(shopify.sessionId, 'customers:create')
    expect(fieldOf(mapped, 'Default Address Zip')).toBe('address.postalCode')
    expect(mapped.missing).toEqual([])

    const magento = await sessions.open('customer.csv', new Uint8Array(readFileSync(join(FIXTURES, 'magento2', 'customers-main.csv'))))
    const magentoMapped = await sessions.setTarget(magento.sessionId, 'customers:create')
    expect(fieldOf(magentoMapped, 'password_hash')).toBeNull()
    expect(magentoMapped.format?.name.ko).toBe('Magento 2 고객 CSV')
  })

  it('suggests a target for a sheet of no known platform from its headers, and none when nothing stands out', async () => {
    const csv = (text: string) => new TextEncoder().encode(text)
    const own = await sessions.open('고객.csv', csv('이메일,성,이름,휴대폰\nkim@example.com,김,민수,010-0000-0000\n'))
    expect(own.suggestedTarget).toBe('customers:create')
    expect(own.format).toBeNull()
    const vague = await sessions.open('메모.csv', csv('메모,비고\n가,나\n'))
    expect(vague.suggestedTarget).toBeNull()
  })
})
