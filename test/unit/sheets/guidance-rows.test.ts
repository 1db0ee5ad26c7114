import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SheetRow } from '../../../src/shared/sheet'
import { guidanceRowCount } from '../../../src/core/sheets/guidance-rows'
import { dataRows, headerCells } from '../../../src/core/sheets/header-row'
import { DEFAULT_SHEET_LIMITS } from '../../../src/core/sheets/limits'
import { readText } from '../../../src/core/sheets/read-text'

const FIXTURES = 'test/fixtures/platform-exports'

function fixtureText(path: string): string {
  return readFileSync(`${FIXTURES}/${path}`, 'utf8')
}

/** Reads CSV text the way a dropped file is read. */
function tableOf(text: string, fileName = 'export.csv') {
  const { table } = readText(new TextEncoder().encode(text), fileName, true, DEFAULT_SHEET_LIMITS)
  if (!table) throw new Error('no table')
  return table
}

const rows = (...cells: string[][]): SheetRow[] => cells.map((c, i) => ({ rowNumber: i + 1, cells: c }))

describe('template guidance rows under the header', () => {
  it('ESM Plus: the marks, description and example rows are not data; the rows typed from row 8 are', () => {
    const template = fixtureText('esm-gmarket-auction/products-template.csv')
    const filledIn = `${template}1,옥션/G마켓,myauction,mygmarket,봄 니트 가디건,,,,,,200001234\n2,G마켓,,mygmarket,여름 린넨 셔츠,,,,,,200005678\n`
    const table = tableOf(filledIn)
    expect(table.rows[table.headerIndex]?.rowNumber).toBe(4)
    expect(headerCells(table)).toContain('상품명')
    expect(dataRows(table).map((r) => r.rowNumber)).toEqual([8, 9])
    expect(dataRows(table)[0]?.cells).toContain('봄 니트 가디건')
  })

  it('ESM Plus template alone has no data rows', () => {
    expect(dataRows(tableOf(fixtureText('esm-gmarket-auction/products-template.csv')))).toEqual([])
  })

  it('고도몰: the Korean titles are the header; the field-code row and the notes row are not data', () => {
    const template = fixtureText('godomall/products-template.csv')
    const width = headerCells(tableOf(template)).length
    const product = Array.from({ length: width }, (_, i) => (i === 0 ? "'1000000123" : i === 1 ? '봄 니트 가디건' : ''))
    const table = tableOf(`${template}${product.join(',')}\n`)
    expect(headerCells(table).slice(0, 3)).toEqual(['상품번호', '상품명_기본', '수수료'])
    expect(dataRows(table).map((r) => r.rowNumber)).toEqual([4])
    expect(dataRows(table)[0]?.cells.slice(0, 2)).toEqual(['1000000123', '봄 니트 가디건'])
  })

  it('keeps every data row of the real exports that have no guidance rows', () => {
    for (const [path, count] of [
      ['cafe24/products-export.csv', 5],
      ['shopify/products-template.csv', 5],
      ['magento2/products-import-sample.csv', 5],
      ['woocommerce/products-import-sample.csv', 5],
      ['bigcommerce/products-export.csv', 5]
    ] as const) {
      expect(dataRows(tableOf(fixtureText(path))).length, path).toBe(count)
    }
  })

  it('stops at the first row that is data', () => {
    const sheet = rows(['상품코드', '상품명', '판매가'], ['필수', '필수', '선택'], ['P001', '니트', '39000'], ['필수', '필수', '필수'])
    expect(guidanceRowCount(sheet, 0)).toBe(1)
  })

  it('does not take data rows that merely mention a word for guidance', () => {
    const sheet = rows(['상품명', '옵션', '메모', '상태'], ['자동 우산', '블랙', '선택 가능', 'Y'], ['니트', '화이트', '', 'N'])
    expect(guidanceRowCount(sheet, 0)).toBe(0)
    const urls = rows(['name', 'image', 'link'], ['Shirt', 'https://img.example.com/1.jpg', 'https://shop.example.com/p/1'])
    expect(guidanceRowCount(urls, 0)).toBe(0)
    const codes = rows(['sku', 'option_code'], ['abc_1', 'red_xl'])
    expect(guidanceRowCount(codes, 0)).toBe(0)
  })
})

describe('the text prefix (a leading apostrophe)', () => {
  it("is not part of the value: '00123 is 00123", () => {
    const table = tableOf("상품코드,상품명,전화\n'00123,니트,'+82 10 0000 0000\n''quoted,셔츠,\nP-3,',\n")
    expect(dataRows(table).map((r) => r.cells)).toEqual([
      ['00123', '니트', '+82 10 0000 0000'],
      ["'quoted", '셔츠', ''],
      // A cell that is only an apostrophe has nothing for a prefix to keep as text: it is the value.
      ['P-3', "'", '']
    ])
  })

  it("comes off Shopify's customer IDs", () => {
    const table = tableOf(fixtureText('shopify/customers-export.csv'))
    expect(fixtureText('shopify/customers-export.csv')).toContain("'1000000000001")
    expect(dataRows(table)[0]?.cells[0]).toBe('1000000000001')
  })
})
