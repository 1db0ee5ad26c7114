import { describe, expect, it } from 'vitest'
import type { SheetRow, SheetTable } from '../../../src/shared/sheet'
import { dataRows, detectHeaderIndex, headerCells, withHeaderAt } from '../../../src/core/sheets/header-row'

const rows = (...cells: string[][]): SheetRow[] => cells.map((c, i) => ({ rowNumber: i + 1, cells: c }))

describe('detectHeaderIndex', () => {
  it('skips a title row above the header', () => {
    expect(detectHeaderIndex(rows(['2024 가을 신상품 목록', '', ''], ['상품코드', '상품명', '가격'], ['000123', '사과', '1000']))).toBe(1)
  })

  it('skips a guidance row that repeats itself, and a partial notes row', () => {
    const sheet = rows(
      ['※ 필수 항목을 입력하세요', '', '', ''],
      ['필수', '필수', '선택', '선택'],
      ['상품코드', '상품명', '가격', '재고'],
      ['1', '사과', '1000', '5']
    )
    expect(detectHeaderIndex(sheet)).toBe(2)
  })

  it('does not take a numeric data row for the header', () => {
    expect(detectHeaderIndex(rows(['Report', '', ''], ['1', '2', '3'], ['sku', 'name', 'price']))).toBe(2)
  })

  it('falls back to the first row when nothing looks like a header', () => {
    expect(detectHeaderIndex(rows(['1', '2'], ['3', '4']))).toBe(0)
    expect(detectHeaderIndex([])).toBe(0)
  })
})

describe('withHeaderAt, headerCells, dataRows', () => {
  const table: SheetTable = {
    sheetName: 'S',
    rows: rows(['Title', ''], ['sku', 'name'], ['1', 'a'], ['2', 'b']),
    headerIndex: 1,
    columnCount: 2
  }

  it('read the header and the rows below it', () => {
    expect(headerCells(table)).toEqual(['sku', 'name'])
    expect(dataRows(table).map((r) => r.rowNumber)).toEqual([3, 4])
  })

  it('moves the header without touching the original table', () => {
    const moved = withHeaderAt(table, 0)
    expect(headerCells(moved)).toEqual(['Title', ''])
    expect(dataRows(moved)).toHaveLength(3)
    expect(table.headerIndex).toBe(1)
  })

  it('refuses an index that names no row', () => {
    expect(() => withHeaderAt(table, 4)).toThrow(RangeError)
    expect(() => withHeaderAt(table, -1)).toThrow(RangeError)
    expect(() => withHeaderAt(table, 1.5)).toThrow(RangeError)
  })

  it('accept an empty table', () => {
    const empty: SheetTable = { sheetName: 'E', rows: [], headerIndex: 0, columnCount: 0 }
    expect(withHeaderAt(empty, 0)).toEqual(empty)
    expect(headerCells(empty)).toEqual([])
    expect(dataRows(empty)).toEqual([])
  })
})
