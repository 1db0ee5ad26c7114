import { afterAll, describe, expect, it } from 'vitest'
import { createSheetReader, tableRowCount } from '../../../src/core/sheets'
import { defaultSheetName } from '../../../src/core/sheets/row-count'
import { workbookBytes, type FixtureSheet } from './fixtures'

const reader = createSheetReader()
afterAll(() => reader.close())

const MEMO: FixtureSheet = { name: '메모', rows: [['10월 신상품 목록입니다.'], ['담당: 김민지'], ['상품 시트를 보세요.']] }
const EMPTY: FixtureSheet = { name: '표지', rows: [] }
const HIDDEN: FixtureSheet = { name: '코드표', rows: [['코드', '이름'], ['TOP', '상의'], ['PANTS', '바지']], hidden: 1 }
const PRODUCTS: FixtureSheet = {
  name: '상품',
  rows: [['2024 가을 신상품'], ['상품코드', '상품명', '판매가'], ['P001', '니트', 39000], [], ['P002', '셔츠', 29000]]
}
const STOCK: FixtureSheet = { name: '재고', rows: [['상품코드', '수량'], ['P001', 5]] }

describe('the sheet a workbook opens on', () => {
  it('is the first visible sheet with rows under a header: a memo, an empty and a hidden sheet are passed over', async () => {
    const book = workbookBytes([MEMO, EMPTY, HIDDEN, PRODUCTS, STOCK])
    const { info, table } = await reader.readSheet(book, 'book.xlsx')
    expect(table.sheetName).toBe('상품')
    expect(info.sheetNames).toEqual(['메모', '표지', '상품', '재고'])
    expect(info.sheets).toEqual([
      { name: '메모', rowCount: 0 },
      { name: '표지', rowCount: 0 },
      { name: '상품', rowCount: 2 },
      { name: '재고', rowCount: 1 }
    ])
    expect(tableRowCount(table)).toBe(2)
  })

  it('is the first visible sheet when none has rows', async () => {
    const { info, table } = await reader.readSheet(workbookBytes([MEMO, EMPTY]), 'notes.xlsx')
    expect(table.sheetName).toBe('메모')
    expect(info.sheets.every((s) => s.rowCount === 0)).toBe(true)
    expect(tableRowCount(table)).toBe(0)
  })

  it('is chosen the same way in .xls and .ods', async () => {
    // SheetJS writes no hidden flag into .ods, so that book has no hidden sheet.
    for (const [bookType, sheets] of [['xls', [MEMO, HIDDEN, PRODUCTS]], ['ods', [MEMO, PRODUCTS]]] as const) {
      const { info, table } = await reader.readSheet(workbookBytes(sheets, bookType), `book.${bookType}`)
      expect(table.sheetName, bookType).toBe('상품')
      expect(info.sheets.find((s) => s.name === '상품')?.rowCount, bookType).toBe(2)
    }
  })

  it('counts rows the way the built table does: guidance rows under the header are not rows', async () => {
    const template: FixtureSheet = {
      name: '일괄등록',
      rows: [['상품기본정보'], ['상품명', '판매가', '재고수량'], ['필수', '필수', '선택'], ['상품명을 입력해 주세요', '숫자만 입력 가능', '미입력 시 자동 설정'], ['니트', 39000, 5]]
    }
    const book = workbookBytes([MEMO, template])
    const counted = (await reader.inspect(book, 'esm.xlsx')).sheets.find((s) => s.name === '일괄등록')
    const { table } = await reader.readSheet(book, 'esm.xlsx', '일괄등록')
    expect(counted?.rowCount).toBe(1)
    expect(tableRowCount(table)).toBe(1)
  })

  it('read by name: that sheet, even an empty one; the others are not counted', async () => {
    const { info, table } = await reader.readSheet(workbookBytes([MEMO, PRODUCTS]), 'book.xlsx', '메모')
    expect(table.sheetName).toBe('메모')
    expect(info.sheets).toEqual([
      { name: '메모', rowCount: 0 },
      { name: '상품', rowCount: null }
    ])
  })

  it('inspect counts every visible sheet without reading a table', async () => {
    const info = await reader.inspect(workbookBytes([MEMO, HIDDEN, PRODUCTS]), 'book.xlsx')
    expect(info.sheets).toEqual([
      { name: '메모', rowCount: 0 },
      { name: '상품', rowCount: 2 }
    ])
  })
})

describe('defaultSheetName', () => {
  it('takes the first sheet with rows, else the first sheet', () => {
    expect(defaultSheetName([{ name: 'a', rowCount: 0 }, { name: 'b', rowCount: null }, { name: 'c', rowCount: 3 }])).toBe('c')
    expect(defaultSheetName([{ name: 'a', rowCount: 0 }])).toBe('a')
    expect(defaultSheetName([])).toBeUndefined()
  })
})

describe('a one-column sheet', () => {
  const table = (rows: string[][]) => ({ sheetName: 'S', rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })), headerIndex: 0, columnCount: 1 })

  it('is a table when it is a list: a column of product codes for a delete', () => {
    expect(tableRowCount(table([['상품코드'], ['P001'], ['P002']]))).toBe(2)
  })

  it('is a memo when its lines are sentences or notes', () => {
    expect(tableRowCount(table([['10월 신상품 목록입니다.'], ['담당: 김민지']]))).toBe(0)
    expect(tableRowCount(table([['메모'], ['상품 시트를 보세요'], ['가격은 부가세 포함입니다']]))).toBe(0)
  })
})
