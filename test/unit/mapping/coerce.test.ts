import { describe, expect, it } from 'vitest'
import { findField, type FieldDef } from '../../../src/shared/catalog'
import { coerceValue, toIsoDate, toNumberText } from '../../../src/core/mapping'
import { firstAddress } from '../../../src/core/mapping/coerce'

const TODAY = new Date(2026, 0, 15)

describe('toIsoDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024. 3. 5.', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024년 3월 5일', '2024-03-05'],
    ['2024년3월5일', '2024-03-05'],
    ['24년 3월 5일', '2024-03-05'],
    ['24.03.05', '2024-03-05'],
    ['24-03-05', '2024-03-05'],
    ['90.03.05', '1990-03-05'],
    ['900305', '1990-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Mar 5 2024', '2024-03-05'],
    ['Mar. 5, 2024', '2024-03-05'],
    ['5 Mar 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['5-Mar-24', '2024-03-05'],
    ['Sept 1, 2020', '2020-09-01'],
    ['3/5/2024', '2024-03-05'],
    ['03/05/2024', '2024-03-05'],
    ['13/5/2024', '2024-05-13'],
    ['3/5/24', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2024-03-05 10:00', '2024-03-05'],
    ['2024. 3. 5. 오후 3:00:00', '2024-03-05'],
    ['2024.03.05 (화)', '2024-03-05'],
    ['45356', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    ['2024-02-29', '2024-02-29']
  ])('%s → %s', (raw, expected) => {
    expect(toIsoDate(raw, TODAY)).toBe(expected)
  })

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '13/13/2024', 'hello', '1990', '', 'March 45, 2024', 'Foo 5, 2024', '1/2'])(
    'keeps unreadable %j as it is',
    (raw) => {
      expect(toIsoDate(raw, TODAY)).toBe(raw)
    }
  )
})

describe('toNumberText', () => {
  it.each([
    ['₩10,000', '10000'],
    ['10,000원', '10000'],
    ['10,000 원', '10000'],
    ['KRW 10000', '10000'],
    ['10000 KRW', '10000'],
    ['$12.50', '12.5'],
    ['1,234.50', '1234.5'],
    ['1,234,567', '1234567'],
    ['-1,000', '-1000'],
    ['−300', '-300'],
    ['+5', '5'],
    ['007', '7'],
    ['0.50', '0.5'],
    ['.5', '0.5'],
    ['10 000', '10000'],
    ['１０,０００원', '10000'],
    ['1.5E+3', '1500'],
    ['10,000.00', '10000'],
    ['4.5', '4.5']
  ])('%s → %s', (raw, expected) => {
    expect(toNumberText(raw)).toBe(expected)
  })

  it.each(['1.234,5', '3만원', 'abc', '1,2', '12,34,567', '', '-', '1-2', '10,000원원', '20%'])('keeps invalid %j as it is (a percent is for the field to read)', (raw) => {
    expect(toNumberText(raw)).toBe(raw)
  })
})

describe('coerceValue', () => {
  const f = (target: Parameters<typeof findField>[0], name: string): FieldDef => {
    const def = findField(target, name)
    if (def === undefined) throw new Error(name)
    return def
  }

  it('never touches ids, phone numbers and postal codes beyond trimming', () => {
    expect(coerceValue(f('products:create', 'id'), ' 000123 ')).toBe('000123')
    expect(coerceValue(f('customers:create', 'address.postalCode'), '06236')).toBe('06236')
    expect(coerceValue(f('customers:create', 'address.phoneNumber'), '010-1234-5678')).toBe('010-1234-5678')
    expect(coerceValue(f('customers:create', 'address.phoneNumber'), '01012345678')).toBe('01012345678')
  })

  it('coerces by type and leaves unreadable values for validation', () => {
    expect(coerceValue(f('products:create', 'metadata.salesPrice'), '₩39,000')).toBe('39000')
    expect(coerceValue(f('products:create', 'metadata.salesPrice'), '무료')).toBe('무료')
    expect(coerceValue(f('customers:create', 'dateOfBirth'), '1990년 3월 5일')).toBe('1990-03-05')
    expect(coerceValue(f('customers:create', 'dateOfBirth'), 'someday')).toBe('someday')
    expect(coerceValue(f('products:create', 'detection'), '상의')).toBe('TOP')
    expect(coerceValue(f('products:create', 'detection'), '액세서리')).toBe('액세서리')
    expect(coerceValue(f('customers:create', 'receiveEmail'), 'Y')).toBe('yes')
    expect(coerceValue(f('products:create', 'metadata.color'), ' 블랙, 화이트 ')).toBe('블랙, 화이트')
  })

  it('keeps passwords exactly as typed, but a blank cell is empty', () => {
    expect(coerceValue(f('customers:create', 'password'), ' pa ss ')).toBe(' pa ss ')
    expect(coerceValue(f('customers:create', 'password'), '   ')).toBe('')
  })
})

describe('an address cell listing several pictures', () => {
  it('gives the first (the main picture), and leaves any other cell as it is', () => {
    expect(firstAddress('https://shop.example/a.jpg, https://shop.example/b.jpg')).toBe('https://shop.example/a.jpg')
    expect(firstAddress('https://shop.example/a.jpg|https://shop.example/b.jpg')).toBe('https://shop.example/a.jpg')
    expect(firstAddress('https://shop.example/a.jpg https://shop.example/b.jpg')).toBe('https://shop.example/a.jpg')
    expect(firstAddress('https://shop.example/a.jpg\nhttps://shop.example/b.jpg')).toBe('https://shop.example/a.jpg')
    expect(firstAddress('https://shop.example/a,b.jpg')).toBe('https://shop.example/a,b.jpg')
    expect(firstAddress('https://shop.example/a.jpg, not an address')).toBe('https://shop.example/a.jpg, not an address')
    expect(firstAddress('/web/product/a.jpg')).toBe('/web/product/a.jpg')
  })
})
