import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SHEET_LIMITS } from '../../../src/core/sheets'
import { readWorkbook, type WorkbookFormat } from '../../../src/core/sheets/read-workbook'

/*
 * Real files (LibreOffice 7.4 and calamine's test files, see
 * test/fixtures/excel-display/SOURCES.md): times, durations, 1904 dates and
 * percents read as the spreadsheet shows them.
 */

const DIR = join(__dirname, '../../fixtures/excel-display')

function cells(file: string): string[][] {
  const format = file.slice(file.lastIndexOf('.') + 1) as WorkbookFormat
  const { table } = readWorkbook(new Uint8Array(readFileSync(join(DIR, file))), format, true, undefined, DEFAULT_SHEET_LIMITS)
  return (table?.rows ?? []).map((r) => [...r.cells])
}

/** Column B of LibreOffice's files, row by row (the 1904 files hold the same serials, so dates fall 1462 days later). */
function shown(date: string, korean: string): string[] {
  return [
    'value', '12:00:00', '10:10:10', '12:00:00', '36:00:00', '255:10:10', '90:00', '12:00:00.123',
    date, `${date}T18:00:00`, korean, '15%', '12.34%', '12.345%', '0.15'
  ]
}

describe('real workbooks read as the spreadsheet shows them', () => {
  it('LibreOffice .xlsx, 1900 dates', () => {
    expect(cells('lo-1900.xlsx').map((r) => r[1])).toEqual(shown('2024-03-05', '2024-03-05'))
  })

  it('LibreOffice .xlsx and .xls in the 1904 date system', () => {
    expect(cells('lo-1904.xlsx').map((r) => r[1])).toEqual(shown('2028-03-06', '2028-03-06'))
    expect(cells('lo-1904.xls').map((r) => r[1])).toEqual(shown('2028-03-06', '2028-03-06'))
  })

  it('LibreOffice .ods in the 1904 date system (SheetJS drops the fraction of an .ods time)', () => {
    const expected = shown('2028-03-06', '2028-03-06')
    expected[7] = '12:00:00.000'
    expect(cells('lo-1904.ods').map((r) => r[1])).toEqual(expected)
  })

  it("calamine's date files: a duration keeps its 255 hours, 1904 dates land on 2021-01-01", () => {
    expect(cells('calamine-date_1904.xlsx').map((r) => r[0])).toEqual(['2021-01-01', '2021-01-02', '255:10:10'])
    expect(cells('calamine-date.xls').map((r) => r[0])).toEqual(['2021-01-01', '2021-01-02', '255:10:10'])
    expect(cells('calamine-date.ods').map((r) => r[0])).toEqual(['2021-01-01', '2021-01-01T10:10:10', '10:10:10', '10:10:10.00'])
  })
})
