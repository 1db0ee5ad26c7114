import { describe, expect, it } from 'vitest'
import { autoMap } from '../../../src/core/mapping'
import { normalizeHeaderText } from '../../../src/core/mapping/normalize'
import { findFormat, PLATFORM_FORMATS, presetFor, recogniseFormat } from '../../../src/core/mapping/platforms'
import { findField } from '../../../src/shared/catalog'
import { FIXTURE_EXPECTATIONS, fixtureTable } from './platform-fixtures/load'

describe('platform formats', () => {
  it('recognises every collected export as its own format', () => {
    for (const fixture of FIXTURE_EXPECTATIONS) {
      const headers = fixtureTable(fixture).rows[0]?.cells ?? []
      expect(recogniseFormat(headers)?.format.id ?? null, fixture.file).toBe(fixture.format)
    }
  })

  it('recognises a format whatever the column order, case, width, line breaks and required marks, with columns added or missing', () => {
    const cafe24 = findFormat('cafe24-products')!
    const changed = [...cafe24.signature]
      .slice(2)
      .reverse()
      .map((h, i) => (i % 3 === 0 ? `${h}*` : i % 3 === 1 ? h.normalize('NFKC').replace(/(.)/u, '$1\n') : `${h}(필수)`))
    expect(recogniseFormat(['메모', ...changed, '추가 열'])?.format.id).toBe('cafe24-products')
    expect(recogniseFormat(['ＨＡＮＤＬＥ', 'body (html)', 'VENDOR', 'variant sku', 'Variant Price*', 'Variant Compare At Price', 'image src'])?.format.id).toBe('shopify-products')
  })

  it('recognises nothing in a sheet of its own', () => {
    expect(recogniseFormat(['상품코드', '상품명', '판매가', '이미지'])).toBeNull()
    expect(recogniseFormat([])).toBeNull()
  })

  it('names only fields the catalog has, and each header once', () => {
    for (const format of PLATFORM_FORMATS) {
      const target = format.kind === 'products' ? 'products:create' : 'customers:create'
      for (const field of Object.values(format.columns)) if (field !== null) expect(findField(target, field), `${format.id}: ${field}`).toBeDefined()
      const keys = Object.keys(format.columns).map(normalizeHeaderText)
      expect(new Set(keys).size, format.id).toBe(keys.length)
      expect(format.name.ko.length > 0 && format.name.en.length > 0).toBe(true)
    }
  })

  it('applies a preset only to its own kind of target, and keeps the rest of the matching', () => {
    const cafe24 = findFormat('cafe24-products')!
    const headers = [...cafe24.signature, '상품명', '판매가', '공급가', '색상']
    expect(presetFor(cafe24, headers, 'customers:create').every((f) => f === undefined)).toBe(true)
    const mapped = autoMap(headers, 'products:create')
    const field = (h: string) => {
      const a = mapped.columns[headers.indexOf(h)]
      return a?.kind === 'field' ? a.field : null
    }
    expect([field('상품코드'), field('판매가'), field('소비자가'), field('공급가'), field('상품분류 번호'), field('색상')]).toEqual([
      'id', 'metadata.salesPrice', 'metadata.originPrice', null, null, 'metadata.color'
    ])
    expect(autoMap(headers, 'products:delete').columns.filter((a) => a.kind === 'field')).toEqual([{ kind: 'field', field: 'id' }])
  })
})
