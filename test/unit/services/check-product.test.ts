import { describe, expect, it } from 'vitest'
import { OMNICOMMERCE_DETECTIONS } from '../../../src/core/services/omnicommerce/assumptions'
import { checkProduct, isHttpUrl } from '../../../src/core/services/omnicommerce/check-product'
import type { ProductInput } from '../../../src/core/services/omnicommerce/types'

const good: ProductInput = { id: 'A1000', url: 'https://img.example/a.jpg', salesUrl: 'https://shop.example/a', detection: 'TOP' }
const codes = (p: Parameters<typeof checkProduct>[0], mode: 'create' | 'update' = 'create') => checkProduct(p, mode).map((i) => `${i.field}:${i.code}`)

describe('checkProduct', () => {
  it('accepts a complete product and all 20 detection values, including SCARF/MUFFLER', () => {
    expect(OMNICOMMERCE_DETECTIONS).toHaveLength(20)
    for (const detection of OMNICOMMERCE_DETECTIONS) expect(codes({ ...good, detection })).toEqual([])
    expect(codes({ ...good, detection: 'SCARF/MUFFLER' })).toEqual([])
  })

  it('rejects legacy and misspelled detections', () => {
    expect(codes({ ...good, detection: 'BOTTOM' })).toEqual(['detection:invalid-detection'])
    expect(codes({ ...good, detection: 'OUTERWEAR' })).toEqual(['detection:invalid-detection'])
  })

  it('checks ids: ≤ 50 RFC 3986 unreserved characters', () => {
    expect(codes({ ...good, id: 'a'.repeat(50) })).toEqual([])
    expect(codes({ ...good, id: 'a'.repeat(51) })).toEqual(['id:too-long'])
    expect(codes({ ...good, id: 'A-1._~z' })).toEqual([])
    for (const bad of ['A 1', 'A/1', 'A%20', '상품1', 'A+1']) expect(codes({ ...good, id: bad })).toEqual(['id:invalid-characters'])
    expect(codes({ ...good, id: '' })).toEqual(['id:required'])
  })

  it('requires url and salesUrl on create only, and checks them as http(s) URLs', () => {
    expect(codes({ id: 'A1', detection: 'TOP' } as ProductInput)).toEqual(['url:required', 'salesUrl:required'])
    expect(codes({ ...good, url: 'ftp://x/y.jpg', salesUrl: 'javascript:alert(1)' })).toEqual(['url:invalid-url', 'salesUrl:invalid-url'])
    expect(codes({ ...good, mobileSalesUrl: 'not a url' })).toEqual(['mobileSalesUrl:invalid-url'])
    expect(codes({ id: 'A1', metadata: { productName: 'x' } }, 'update')).toEqual([])
    expect(codes({ id: 'A1', salesUrl: 'nope' }, 'update')).toEqual(['salesUrl:invalid-url'])
    expect(codes({ id: 'A1' }, 'update')).toEqual(['id:nothing-to-update'])
    expect(isHttpUrl('https://a.example/x y')).toBe(false)
  })

  it('checks metadata types: numbers, lists, gender combinations', () => {
    expect(codes({ ...good, metadata: { originPrice: 10000, salesPrice: 9000, currency: 'KRW', season: ['SS'] } })).toEqual([])
    expect(codes({ ...good, metadata: { originPrice: '10000' } })).toEqual(['metadata.originPrice:not-a-number'])
    expect(codes({ ...good, metadata: { discountPrice: Number.NaN } })).toEqual(['metadata.discountPrice:not-a-number'])
    expect(codes({ ...good, metadata: { season: 'SS' } })).toEqual(['metadata.season:not-a-list'])
    expect(codes({ ...good, metadata: { gender: ['UNISEX'] } })).toEqual([])
    expect(codes({ ...good, metadata: { gender: ['FEMALE', 'MALE'] } })).toEqual([])
    expect(codes({ ...good, metadata: { gender: ['MALE', 'UNISEX'] } })).toEqual(['metadata.gender:invalid-gender'])
    expect(codes({ ...good, metadata: { gender: 'MALE' } })).toEqual(['metadata.gender:invalid-gender'])
    expect(codes({ ...good, metadata: { gender: ['male'] } })).toEqual(['metadata.gender:invalid-gender'])
  })
})
