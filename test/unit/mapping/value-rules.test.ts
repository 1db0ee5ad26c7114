import { describe, expect, it } from 'vitest'
import { autoMap } from '../../../src/core/mapping'
import { profileValues } from '../../../src/core/mapping/values/value-profile'
import type { ColumnMapping } from '../../../src/shared/mapping'

const fields = (m: ColumnMapping): (string | null)[] => m.columns.map((a) => (a.kind === 'field' ? a.field : null))
/** autoMap with each column's sample values; platform presets off so only the general rules act. */
const mapWith = (headers: string[], target: Parameters<typeof autoMap>[1], samples: string[][]): (string | null)[] =>
  fields(autoMap(headers, target, 0, { samples, platforms: false }))

describe('value profiles', () => {
  it('tells URLs, relative paths, e-mails, numbers, dates, hashes and codes apart', () => {
    expect(profileValues(['https://a.kr/x.jpg', 'http://b.com']).url).toBe(1)
    expect(profileValues(['20250730/abc.jpg', '/fog-linen/']).relativePath).toBe(1)
    expect(profileValues(['kim@example.com', 'x']).email).toBe(0.5)
    expect(profileValues(['₩39,000', '10,000원', '4940.00']).number).toBe(1)
    expect(profileValues(['1', '44', '123456']).smallInteger).toBe(1)
    expect(profileValues(['2024-03-05', '2015-10-25 3:34:20', '2024년 3월 5일']).date).toBe(1)
    expect(profileValues(['d708be3fe0fe0120840e8b13c8faae97424252c6374227ff59c05814f1aecd79:salt:1', '$2y$10$abcdefghijk', '07e71459c137f4da15292134ff459cba']).hash).toBe(1)
    expect(profileValues(['P00000JT', 'B0000000', '99|109']).code).toBe(1)
    expect(profileValues(["'1000000000001"]).smallInteger).toBe(0)
    expect(profileValues(['', '  ']).count).toBe(0)
  })
})

describe('matching confirmed by values', () => {
  it('never maps a password hash to the password', () => {
    expect(mapWith(['이메일', '비밀번호'], 'customers:create', [['a@b.kr'], ['$2y$10$8sA2N5Sx/1zMQv2yrTDAaOFlbGWECrrgB68axL.hBb78NhQdyAqu']])).toEqual(['email', null])
    expect(mapWith(['email', 'password_hash'], 'customers:create', [[], []])[1]).toBeNull()
    expect(mapWith(['이메일', '비밀번호'], 'customers:create', [['a@b.kr'], ['초기비번123!']])).toEqual(['email', 'password'])
  })

  it('maps a category column to detection only when its values are detection values', () => {
    expect(mapWith(['카테고리'], 'products:create', [['99|109', '23;18']])).toEqual([null])
    expect(mapWith(['카테고리 코드'], 'products:create', [[]])).toEqual([null])
    expect(mapWith(['카테고리'], 'products:create', [['상의', '바지', '원피스']])).toEqual(['detection'])
  })

  it('never takes a relative image path or a slug for a URL', () => {
    expect(mapWith(['이미지', 'Product URL'], 'products:create', [['20250730/a.jpg'], ['/fog-linen/']])).toEqual([null, null])
    expect(mapWith(['이미지'], 'products:create', [['https://img.shop.kr/a.jpg']])).toEqual(['url'])
  })

  it('never takes a zip code for the default-address flag', () => {
    expect(mapWith(['Default Address Zip'], 'customers:create', [['12001', '06236']])).toEqual(['address.postalCode'])
    expect(mapWith(['기본배송지'], 'customers:create', [['06236']])).toEqual([null])
    expect(mapWith(['기본배송지'], 'customers:create', [['Y', 'N']])).toEqual(['address.isDefaultAddress'])
  })

  it('prefers a SKU column to a numeric row id for the product ID', () => {
    expect(mapWith(['ID', 'Name', 'SKU'], 'products:create', [['44', '45'], ['Hoodie'], ['woo-hoodie']])).toEqual([null, 'metadata.productName', 'id'])
    expect(mapWith(['ID', 'Name'], 'products:create', [['44', '45'], ['Hoodie']])).toEqual(['id', 'metadata.productName'])
    expect(mapWith(['상품명', '상품코드'], 'products:create', [['티셔츠'], ['티셔츠 A']])).toEqual(['metadata.productName', null])
  })

  it('does not take codes or numbers for names, nor words for numbers', () => {
    expect(mapWith(['브랜드', 'Channels', '판매가'], 'products:create', [['B0000000'], ['1', '2'], ['무료', '문의']])).toEqual([null, null, null])
  })

  it('follows each platform’s meaning of a price pair', () => {
    // Regular price beside Sale price (WooCommerce): the sale price is charged, the regular one is the list price.
    expect(mapWith(['Regular price', 'Sale price'], 'products:create', [['45'], ['40']])).toEqual(['metadata.originPrice', 'metadata.salesPrice'])
    // Price beside Sale Price (BigCommerce, Squarespace): the price is charged, the sale price is a temporary discount.
    expect(mapWith(['Price', 'Sale Price', 'Retail Price', 'Cost Price'], 'products:create', [['49'], ['0'], ['59'], ['20']])).toEqual([
      'metadata.salesPrice', 'metadata.discountPrice', 'metadata.originPrice', null
    ])
    expect(mapWith(['판매가', '소비자가', '공급가', '상품가'], 'products:create', [['6300'], ['7000'], ['4940'], ['5727']])).toEqual([
      'metadata.salesPrice', 'metadata.originPrice', null, null
    ])
  })

  it('reads a header that puts a qualifier before a field’s key', () => {
    expect(mapWith(['Default Address City', 'Customer e-mail*', 'Redirect Old URL?'], 'customers:create', [[], [], []])).toEqual(['address.city', 'email', null])
  })
})
