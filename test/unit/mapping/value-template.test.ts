import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { applyMapping } from '../../../src/core/mapping'
import { compileTemplate } from '../../../src/core/mapping/value-template'
import { emptyMapping, assignColumn, setConstant } from '../../../src/shared/mapping'
import type { SheetTable } from '../../../src/shared/sheet'

/** The real Cafe24 product export kept as test data (see test/fixtures/platform-exports/SOURCES.md). */
function cafe24Export(): SheetTable {
  const text = readFileSync('test/fixtures/platform-exports/cafe24/products-export.csv', 'utf8').replace(/^\uFEFF/, '')
  const sheet = XLSX.read(text, { type: 'string', raw: true }).Sheets['Sheet1']
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet ?? {}, { header: 1, raw: false, defval: '' })
  return { sheetName: 'Sheet1', headerIndex: 0, columnCount: rows[0]?.length ?? 0, rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })) }
}

describe('a fixed value built from other columns', () => {
  it('fills the product page address and a full image address the export lacks, for every row', () => {
    const table = cafe24Export()
    const headers = table.rows[0]?.cells ?? []
    let mapping = assignColumn(emptyMapping('products:create', headers), headers.indexOf('상품코드'), 'id')
    mapping = setConstant(mapping, 'salesUrl', 'https://myshop.co.kr/product/detail.html?product_no={상품코드}')
    mapping = setConstant(mapping, 'url', 'https://myshop.co.kr/web/product/big/{이미지등록(상세)}')
    const [first] = applyMapping(table, mapping, 'products:create')
    expect(first?.values.get('salesUrl')).toBe('https://myshop.co.kr/product/detail.html?product_no=P00000JT')
    expect(first?.values.get('url')).toBe('https://myshop.co.kr/web/product/big/20250730/d286656f1080570efd0b55267ed6da46.jpg')
  })

  it('joins a host ending in / and a path starting with / with one slash, and gives nothing when the named cell is empty', () => {
    const template = compileTemplate('https://img.example.com/{이미지}', ['상품코드', '이미지'])
    expect(template?.(['A1', '/web/a.jpg'])).toBe('https://img.example.com/web/a.jpg')
    expect(template?.(['A1', 'b.jpg'])).toBe('https://img.example.com/b.jpg')
    expect(template?.(['A1', '  '])).toBe('')
  })

  it('names columns by their header, ignoring case, spaces and required marks; braces naming no column are plain text', () => {
    expect(compileTemplate('{ product code }-{Size*}', ['Product Code', 'size'])?.(['P1', 'XL'])).toBe('P1-XL')
    expect(compileTemplate('KRW', ['가격'])).toBeNull()
    expect(compileTemplate('{no such column}', ['가격'])).toBeNull()
    expect(compileTemplate('{가격}원 {메모}', ['가격'])?.(['1000'])).toBe('1000원 {메모}')
  })
})
