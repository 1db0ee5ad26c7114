import { afterAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { createSheetReader, dataRows, headerCells } from '../../../src/core/sheets'
import { textBytes } from './fixtures'

const reader = createSheetReader()
afterAll(() => reader.close())

/** A workbook written in an old Excel generation by SheetJS's own writer (BIFF2–4 hold no Hangul: their code pages are Western). */
function oldExcel(bookType: 'biff2' | 'biff3' | 'biff4'): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['SKU', 'Name', 'Price'], ['A-1', 'Linen shirt', 39000], ['A-2', 'Wool coat', 159000]]), 'Sheet1')
  // SheetJS writes all three, though its types name only biff2.
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: bookType as XLSX.BookType }) as Buffer)
}

describe('files from every Excel generation and text exports', () => {
  it.each(['biff2', 'biff3', 'biff4'] as const)('reads an Excel 2.x–4.x .xls (%s), a bare record stream with no OLE container', async (bookType) => {
    const { info, table } = await reader.readSheet(oldExcel(bookType), 'old.xls')
    expect(info.format).toBe('xls')
    expect(headerCells(table)).toEqual(['SKU', 'Name', 'Price'])
    expect(dataRows(table).map((r) => r.cells)).toEqual([['A-1', 'Linen shirt', '39000'], ['A-2', 'Wool coat', '159000']])
  })

  it('still refuses a binary file that only starts like one', async () => {
    const fake = new Uint8Array(64).fill(0)
    fake.set([0x09, 0x00, 0x04, 0x00])
    await expect(reader.readSheet(fake, 'fake.xls')).rejects.toMatchObject({ code: expect.stringMatching(/^sheet\.(corrupt|unsupported-format)$/) })
  })

  it('detects a pipe-separated export, quotes and all, and an Excel sep=| line', async () => {
    const { table } = await reader.readSheet(textBytes('상품코드|상품명|판매가\nA-1|"린넨 셔츠 | 여름"|39000\nA-2|울 코트|159000\n'), 'erp-export.txt')
    expect(headerCells(table)).toEqual(['상품코드', '상품명', '판매가'])
    expect(dataRows(table).map((r) => r.cells)).toEqual([['A-1', '린넨 셔츠 | 여름', '39000'], ['A-2', '울 코트', '159000']])
    const withSep = await reader.readSheet(textBytes('sep=|\n상품코드|상품명\nA-1|셔츠\n'), 'a.csv')
    expect(headerCells(withSep.table)).toEqual(['상품코드', '상품명'])
  })

  it('keeps a comma file with a stray pipe in its text a comma file', async () => {
    const { table } = await reader.readSheet(textBytes('상품코드,상품명,판매가\nA-1,셔츠 | 여름,39000\nA-2,코트,159000\n'), 'a.csv')
    expect(dataRows(table).map((r) => r.cells)).toEqual([['A-1', '셔츠 | 여름', '39000'], ['A-2', '코트', '159000']])
  })
})
