import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headerKeys, normalizeHeaderText } from '../../../src/core/mapping/normalize'
import { parseDelimited } from '../../../src/core/sheets/delimited-text'

function firstRecord(path: string, delimiter: ',' | ';'): string[] {
  let header: string[] = []
  parseDelimited(readFileSync(`test/fixtures/platform-exports/${path}`, 'utf8'), delimiter, (fields) => {
    header = fields
    return false
  })
  return header
}

describe('normalizeHeaderText', () => {
  it('drops required marks: *, (필수), [필수], 필수 as a word of its own', () => {
    for (const header of ['상품명*', '상품명 *', '상품명(필수)', '[필수] 상품명', '상품명 [필수 입력]', '필수 상품명', '상품명\n필수', '*상품명']) {
      expect(normalizeHeaderText(header)).toBe('상품명')
    }
    expect(normalizeHeaderText('Name (required)')).toBe('name')
  })

  it('keeps 필수 inside a word, where it is part of the name', () => {
    expect(normalizeHeaderText('상품필수정보')).toBe('상품필수정보')
  })

  it('reads a line break inside a header cell as a space', () => {
    expect(normalizeHeaderText('옵션\n타입')).toBe(normalizeHeaderText('옵션 타입'))
    expect(normalizeHeaderText('배송정보 \r\n템플릿 코드')).toBe('배송정보템플릿코드')
  })

  it("matches PrestaShop's marked headers as their plain names", () => {
    const header = firstRecord('prestashop/customers-import-sample.csv', ';')
    expect(header).toContain('Email *')
    expect(headerKeys('Email *')).toEqual(['email'])
    const addresses = firstRecord('prestashop/addresses-import-sample.csv', ';')
    expect(addresses).toContain('Customer e-mail*')
    expect(normalizeHeaderText('Customer e-mail*')).toBe('customeremail')
  })

  it("reads ESM's multi-line column names", () => {
    const rows: string[][] = []
    parseDelimited(readFileSync('test/fixtures/platform-exports/esm-gmarket-auction/products-template.csv', 'utf8'), ',', (fields) => {
      rows.push(fields)
    })
    const names = rows[3] ?? []
    expect(names).toContain('옵션\n타입')
    expect(names.map(normalizeHeaderText)).toContain('옵션타입')
    expect(names.map(normalizeHeaderText)).toContain('배송정보템플릿코드')
  })
})
