import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../../src/shared/catalog'
import { TARGETS, type TargetId } from '../../../src/shared/targets'
import { autoMap, autoMapTable, headersOf, REPORT_COLUMNS, REPORT_COLUMNS_KO, unmappedRequiredFields } from '../../../src/core/mapping'
import { headerIndexFor } from '../../../src/core/mapping/header-index'
import type { ColumnMapping } from '../../../src/shared/mapping'

/** header → field (or null for ignored), for readable assertions. */
function fieldsOf(mapping: ColumnMapping): (string | null)[] {
  return mapping.columns.map((a) => (a.kind === 'field' ? a.field : null))
}

function expectNoDoubles(mapping: ColumnMapping): void {
  const fields = fieldsOf(mapping).filter((f): f is string => f !== null)
  expect(new Set(fields).size).toBe(fields.length)
}

describe('autoMap: products', () => {
  it('maps realistic Korean headers', () => {
    const headers = ['상품코드', '상품명', '브랜드', '판매가', '정가', '이미지 URL', '상품 페이지', '카테고리', '모바일 URL', '할인율(%)', '성별', '시즌', '색상', '사이즈', '재고', '비고']
    const m = autoMap(headers, 'products:create')
    expect(fieldsOf(m)).toEqual([
      'id', 'metadata.productName', 'metadata.brand', 'metadata.salesPrice', 'metadata.originPrice', 'url', 'salesUrl',
      'detection', 'mobileSalesUrl', 'metadata.discountPercent', 'metadata.gender', 'metadata.season', 'metadata.color', 'metadata.size', null, null
    ])
    expect(unmappedRequiredFields(m, 'products:create')).toEqual([])
  })

  it('maps the listed Korean synonyms', () => {
    const cases: [string, string][] = [
      ['상품번호', 'id'], ['SKU', 'id'], ['product id', 'id'], ['이미지', 'url'], ['대표이미지', 'url'], ['이미지URL', 'url'],
      ['상품URL', 'salesUrl'], ['상품링크', 'salesUrl'], ['분류', 'detection'], ['품목', 'detection'], ['판매가격', 'metadata.salesPrice'],
      ['소비자가', 'metadata.originPrice'], ['판매가(원)', 'metadata.salesPrice'], ['상품 코드 (필수)', 'id'], ['상품코드*', 'id']
    ]
    for (const [header, field] of cases) expect(fieldsOf(autoMap([header], 'products:create')), header).toEqual([field])
  })

  it('maps realistic English headers', () => {
    const headers = ['SKU', 'Product Name', 'Brand', 'Sale Price', 'List Price', 'Image URL', 'Product URL', 'Category', 'Colour', 'Sizes', 'Stock']
    expect(fieldsOf(autoMap(headers, 'products:create'))).toEqual([
      'id', 'metadata.productName', 'metadata.brand', 'metadata.salesPrice', 'metadata.originPrice', 'url', 'salesUrl', 'detection', 'metadata.color', 'metadata.size', null
    ])
  })

  it('maps exact field names and labels, case- and space-insensitively', () => {
    expect(fieldsOf(autoMap(['metadata.salesPrice', 'SALESURL', 'mobile sales url', 'montlyPurchase', 'Product ID'], 'products:create'))).toEqual([
      'metadata.salesPrice', 'salesUrl', 'mobileSalesUrl', 'metadata.montlyPurchase', 'id'
    ])
  })

  it('maps typos and near spellings by similarity', () => {
    const cases: [string, string][] = [
      ['Prodct name', 'metadata.productName'], ['brnad', 'metadata.brand'], ['Sale Prices', 'metadata.salesPrice'],
      ['대표이미지 주소', 'url'], ['Main image url', 'url'], ['Category 1', 'detection']
    ]
    for (const [header, field] of cases) expect(fieldsOf(autoMap([header], 'products:create')), header).toEqual([field])
  })

  it('does not guess for headers that mean something else', () => {
    for (const h of ['상품설명', '상세이미지', '이미지2', '재고수량', '원가', '공급가', 'Description', 'Quantity', '메모', 'xyz']) {
      expect(fieldsOf(autoMap([h], 'products:create')), h).toEqual([null])
    }
  })

  it('never gives one field two columns; the better match wins', () => {
    const m = autoMap(['Prodct name', '상품명', 'Product Name', '판매가', '판매가(원)', 'Sale Price'], 'products:create')
    expectNoDoubles(m)
    expect(fieldsOf(m)).toEqual([null, 'metadata.productName', null, 'metadata.salesPrice', null, null])
  })

  it('keeps duplicates of an exact header ignored rather than guessing', () => {
    const m = autoMap(['상품코드', '상품코드', '상품코드'], 'products:create')
    expect(fieldsOf(m)).toEqual(['id', null, null])
  })

  it('is harmless with __proto__, constructor, toString, empty and blank headers', () => {
    const headers = ['__proto__', 'constructor', 'toString', '', '   ', 'hasOwnProperty', '상품코드', '__proto__']
    const m = autoMap(headers, 'products:create')
    expect(fieldsOf(m)).toEqual([null, null, null, null, null, null, 'id', null])
    expect(m.headers).toEqual(headers)
    expect(m.columns).toHaveLength(headers.length)
    expect(Object.prototype).not.toHaveProperty('id')
  })

  it('reports unmapped required fields', () => {
    const m = autoMap(['상품명', '판매가'], 'products:create')
    expect(unmappedRequiredFields(m, 'products:create').map((r) => r.anyOf)).toEqual([['id'], ['url'], ['detection'], ['salesUrl']])
    expect(unmappedRequiredFields(autoMap(['상품코드'], 'products:update'), 'products:update')).toEqual([])
  })

  it('proposes currency = KRW only when a price is mapped', () => {
    expect(autoMap(['상품코드', '판매가'], 'products:create').constants).toEqual([{ field: 'metadata.currency', value: 'KRW' }])
    expect(autoMap(['상품코드', '상품명'], 'products:update').constants).toEqual([])
    expect(autoMap(['상품코드'], 'products:delete').constants).toEqual([])
  })

  it('maps only id for delete', () => {
    expect(fieldsOf(autoMap(['상품코드', '상품명', '판매가'], 'products:delete'))).toEqual(['id', null, null])
  })

  it('ignores the columns of its own failure reports', () => {
    const m = autoMap(['상품코드', ...REPORT_COLUMNS, ...REPORT_COLUMNS_KO], 'products:create')
    expect(fieldsOf(m)).toEqual(['id', ...Array(REPORT_COLUMNS.length + REPORT_COLUMNS_KO.length).fill(null)])
  })
})

describe('autoMap: customers', () => {
  it('maps realistic Korean headers and defaults receiveEmail to no', () => {
    const headers = ['이메일', '이름', '성', '휴대폰', '우편번호', '주소', '상세주소', '생년월일', '성별', '마케팅 수신', '회원등급', 'SMS 수신동의']
    const m = autoMap(headers, 'customers:create')
    expect(fieldsOf(m)).toEqual([
      'email', 'firstName', 'lastName', 'address.phoneNumber', 'address.postalCode', 'address.address1', 'address.address2', 'dateOfBirth', 'gender', 'receiveEmail', null, null
    ])
    expect(m.constants).toEqual([{ field: 'receiveEmail', value: 'no' }])
    expect(unmappedRequiredFields(m, 'customers:create')).toEqual([])
  })

  it('maps the listed synonyms', () => {
    const cases: [string, string][] = [
      ['E-mail', 'email'], ['메일', 'email'], ['전화번호', 'address.phoneNumber'], ['연락처', 'address.phoneNumber'],
      ['수신동의', 'receiveEmail'], ['생일', 'dateOfBirth'], ['Zip code', 'address.postalCode'], ['First Name', 'firstName'], ['Last Name', 'lastName']
    ]
    for (const [header, field] of cases) expect(fieldsOf(autoMap([header], 'customers:create')), header).toEqual([field])
  })

  it('maps English headers', () => {
    const headers = ['Email', 'First Name', 'Last Name', 'Phone', 'Postal Code', 'Address Line 1', 'Address Line 2', 'City', 'State', 'Country', 'Birthday', 'Gender', 'Newsletter']
    expect(fieldsOf(autoMap(headers, 'customers:create'))).toEqual([
      'email', 'firstName', 'lastName', 'address.phoneNumber', 'address.postalCode', 'address.address1', 'address.address2', 'address.city', 'address.state', 'address.country', 'dateOfBirth', 'gender', 'receiveEmail'
    ])
  })

  it('maps a full-name column to the full name, which fills family and given name, never to firstName', () => {
    for (const header of ['성명', '고객명', '회원명', 'Full name', 'Name']) {
      const mapping = autoMap(['이메일', header], 'customers:create')
      expect(fieldsOf(mapping), header).toEqual(['email', 'fullName'])
      expect(unmappedRequiredFields(mapping, 'customers:create'), header).toEqual([])
    }
    expect(fieldsOf(autoMap(['성명', 'Full name', 'Name'], 'customers:create'))).toEqual([null, 'fullName', null])
  })

  it('reads 이름 as the whole name when there is no 성 column, and as the given name beside one', () => {
    expect(fieldsOf(autoMap(['이메일', '이름', '휴대폰'], 'customers:create'))).toEqual(['email', 'fullName', 'address.phoneNumber'])
    expect(fieldsOf(autoMap(['이메일', '이름*', '휴대폰'], 'customers:create'))).toEqual(['email', 'fullName', 'address.phoneNumber'])
    expect(fieldsOf(autoMap(['이메일', '성', '이름'], 'customers:create'))).toEqual(['email', 'lastName', 'firstName'])
    // A header that says "given name" means it, even alone.
    expect(fieldsOf(autoMap(['Email', 'First name'], 'customers:create'))).toEqual(['email', 'firstName'])
  })

  it('satisfies receiveEmail by the default constant but not the other required fields', () => {
    const missing = unmappedRequiredFields(autoMap(['이메일'], 'customers:create'), 'customers:create')
    expect(missing.map((r) => r.anyOf)).toEqual([['firstName'], ['lastName']])
  })
})

describe('autoMap: intents', () => {
  it('maps profile name and task, and treats task_id / task_name as one requirement', () => {
    expect(fieldsOf(autoMap(['프로필명', '태스크'], 'intents:create'))).toEqual(['name', 'task_name'])
    expect(fieldsOf(autoMap(['Profile name', 'Task ID', 'task'], 'intents:create'))).toEqual(['name', 'task_id', 'task_name'])
    expect(unmappedRequiredFields(autoMap(['프로필명', '태스크 ID'], 'intents:create'), 'intents:create')).toEqual([])
    expect(unmappedRequiredFields(autoMap(['프로필명'], 'intents:create'), 'intents:create')).toEqual([{ anyOf: ['task_id', 'task_name'] }])
  })
})

describe('header vocabulary', () => {
  it.each(TARGETS)('%s: no key names two fields, none is both a field and a non-field', (target: TargetId) => {
    expect(headerIndexFor(target).collisions).toEqual([])
  })

  it.each(TARGETS)('%s: every label maps back to its own field, in both languages', (target: TargetId) => {
    for (const lang of ['ko', 'en'] as const) {
      const fields = catalogFor(target).fields
      const m = autoMap(fields.map((f) => f.label[lang]), target)
      expect(fieldsOf(m)).toEqual(fields.map((f) => f.name))
    }
  })
})

describe('autoMapTable / headersOf', () => {
  it('takes the header row of a table and pads to columnCount', () => {
    const table = {
      sheetName: 'Sheet1',
      rows: [
        { rowNumber: 1, cells: ['상품 목록'] },
        { rowNumber: 2, cells: ['상품코드', '상품명'] },
        { rowNumber: 3, cells: ['A1', '셔츠', 'x'] }
      ],
      headerIndex: 1,
      columnCount: 3
    }
    expect(headersOf(table)).toEqual(['상품코드', '상품명', ''])
    const m = autoMapTable(table, 'products:create')
    expect(m.headerIndex).toBe(1)
    expect(fieldsOf(m)).toEqual(['id', 'metadata.productName', null])
  })
})
