/**
 * Files from roo's test suite (roo-rb/roo, MIT): exports from Apple Numbers,
 * Google Sheets, Excel on Windows Phone and LibreOffice, asserting what roo's
 * tests assert, as Sheetport reads them. Sources and licence:
 * test/fixtures/corpus/SOURCES.md; adjustments: corpus-differences.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { adjusted } from './corpus-differences'
import { CORPUS_DIR, corpusReader } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

const read = (file: string, sheet?: string) => corpus.read(`roo/${file}`, sheet)

/** roo's own expected CSV output (a file in its test suite), row by row. */
function expectedCsv(file: string): string[][] {
  return readFileSync(join(CORPUS_DIR, 'roo', file), 'utf8').split(/\r?\n/).filter((line) => line !== '').map((line) => line.split(',').map((f) => f.replace(/^"(.*)"$/, '$1')))
}

describe.concurrent('roo’s test files (test/roo/test_excelx.rb, test/test_roo.rb, test/formatters/test_csv.rb, spec/lib/roo/excelx_spec.rb)', () => {
  it('test_parsing_xslx_from_numbers: numbers-export.xlsx (Numbers 3.1), A1 of the first sheet, B2 of the last', async () => {
    const info = await corpus.inspect('roo/numbers-export.xlsx')
    expect(info.sheetNames).toEqual(['Sheet 1', 'Sheet 2'])
    expect((await read('numbers-export.xlsx', 'Sheet 1')).cell('A1')).toBe('Sheet 1')
    expect((await read('numbers-export.xlsx', 'Sheet 2')).cell('B2')).toBe('Sheet 2')
  })

  it('test_cell_boolean_from_google_sheets: boolean-from-google-sheets.xlsx A1 true, A2 false', async () => {
    const sheet = await read('boolean-from-google-sheets.xlsx')
    // roo: cell(1, 1) == true, formatted_value 'TRUE'; cell(2, 1) == false, 'FALSE'.
    expect(sheet.cell('A1')).toBe(adjusted('cells-are-text', true, 'TRUE'))
    expect(sheet.cell('A2')).toBe(adjusted('cells-are-text', false, 'FALSE'))
  })

  it('test_file_warning / Pfand_from_windows_phone: Pfand_from_windows_phone.xlsx', async () => {
    const info = await corpus.inspect('roo/Pfand_from_windows_phone.xlsx')
    expect(info.sheetNames).toEqual(['Blatt1', 'Blatt2', 'Blatt3'])
    const sheet = await read('Pfand_from_windows_phone.xlsx', 'Blatt1')
    expect(sheet.cell('B1')).toBe('Summe')
    expect(sheet.cell('A2')).toBe(adjusted('dates-iso', 'Date.new(2011, 9, 14)', '2011-09-14'))
    expect(sheet.cell('A3')).toBe(adjusted('dates-iso', 'Date.new(2011, 9, 15)', '2011-09-15'))
    expect(sheet.cell('B2')).toBe(adjusted('cells-are-text', 3.81, '3.81'))
    expect(sheet.cell('C2')).toBe(adjusted('cells-are-text', 0.7, '0.7'))
  })

  it.each(['1900_base.xlsx', '1904_base.xlsx'])('test_base_dates_in_excelx: %s A1 is 2009-06-15', async (file) => {
    expect((await read(file)).cell('A1')).toBe(adjusted('dates-iso', 'Date.new(2009, 06, 15)', '2009-06-15'))
  })

  it.each(['time-test.xlsx', 'time-test.ods', 'time-test.csv'])('test_date_time_to_csv: %s reads as roo’s time-test.csv', async (file) => {
    const sheet = await read(file)
    const [first, second] = expectedCsv('time-test.csv')
    // "Mittags:",12:13:14,15:16:00,23:00:00 / 2007-11-21,,,
    expect(sheet.grid()).toEqual({
      1: { A: first?.[0], B: first?.[1], C: first?.[2], D: first?.[3] },
      2: { A: second?.[0] }
    })
  })

  it('test_datetime (formatters/test_csv.rb): datetime.xlsx reads as roo’s so_datetime.csv', async () => {
    const sheet = await read('datetime.xlsx', 'Sheet1')
    const expected = expectedCsv('so_datetime.csv')
    const rows = [1, 3, 4, 5, 6, 7, 8]
    // so_datetime.csv has the blank row 2 as ",,"; Sheetport leaves blank rows out.
    expect(sheet.grid()[2]).toBe(adjusted('blank-rows-and-columns-left-out', expected[1], undefined))
    for (const [i, row] of rows.entries()) {
      const want = (expected[row - 1] ?? []).map((v) => adjusted('dates-iso', v, v.replace(/\+00:00$/, '')))
      expect([sheet.cell(`A${row}`), sheet.cell(`B${row}`), sheet.cell(`C${row}`)], `row ${row} (${i})`).toEqual(want)
    }
  })

  it('only showing visible sheets: hidden_sheets.xlsx offers VisibleSheet1 only, whose A1 is "visible sheet 1"', async () => {
    const info = await corpus.inspect('roo/hidden_sheets.xlsx')
    expect(info.sheetNames).toEqual(['VisibleSheet1'])
    expect((await read('hidden_sheets.xlsx')).cell('A1')).toBe('visible sheet 1')
  })

  it('test_iso_8859_1: iso_8859_1.csv is semicolon-separated with 19 columns, 8 of them named', async () => {
    const sheet = await read('iso_8859_1.csv')
    // roo (col_sep ";"): last_column == 19; columns I–S are empty in every row.
    expect(sheet.table.columnCount).toBe(adjusted('blank-rows-and-columns-left-out', 19, 8))
    expect(sheet.grid()[1]).toEqual({ A: 'sic_reference', B: 'category_fr', C: 'category_de', D: 'brand', E: 'title_fr', F: 'title_de', G: 'description_fr', H: 'description_de' })
    expect(sheet.cell('E2')).toBe('Miramar; cuir blanc')
    // The file's text is already UTF-8 (of mis-decoded Latin-1): Sheetport keeps it as it is.
    expect(sheet.info.encoding).toBe('utf-8')
  })
})

describe('roo’s test files: fixed reader bugs', () => {
  it('test_cell_boolean_from_google_sheets: boolean-from-google-sheets.ods A1 true, A2 false', async () => {
    const sheet = await read('boolean-from-google-sheets.ods')
    // roo (OpenOffice): cell(1, 1) == "true", cell(2, 1) == "false".
    expect(sheet.cell('A1')).toBe(adjusted('cells-are-text', 'true', 'TRUE'))
    expect(sheet.cell('A2')).toBe(adjusted('cells-are-text', 'false', 'FALSE'))
  })
})
