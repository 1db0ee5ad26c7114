/**
 * Files from ExcelJS's test suite (exceljs/exceljs, MIT): Google Sheets and
 * LibreOffice Calc exports among them, asserting what its specs assert, as
 * Sheetport reads them. Sources and licence: test/fixtures/corpus/SOURCES.md;
 * adjustments: corpus-differences.ts.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { adjusted } from './corpus-differences'
import { corpusReader } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

const read = (file: string, sheet?: string) => corpus.read(`exceljs/${file}`, sheet)

describe.concurrent('ExcelJS’s test files (spec/integration)', () => {
  it('issue-1328-xlsx-worksheet-reader-date: dateIssue.xlsx column A is "Date", then 2020-11-20', async () => {
    const sheet = await read('dateIssue.xlsx')
    expect(sheet.cell('A1')).toBe('Date')
    expect(sheet.cell('A2')).toBe(adjusted('dates-iso', "new Date('2020-11-20T00:00:00.000Z')", '2020-11-20'))
  })

  it('workbook-xlsx-reader "should decode the underscore": shared_string_with_escape.xlsx A1 is the literal text _x000D_', async () => {
    expect((await read('shared_string_with_escape.xlsx')).cell('A1')).toBe('_x000D_')
  })

  it.each(['google-sheets.xlsx', 'libre-calc-as-excel-2007-365.xlsx', 'libre-calc-as-office-open-xml-spreadsheet.xlsx'])(
    'worksheet "hidden rows and columns": %s reads its hidden row 2 and column B like the rest',
    async (file) => {
      const sheet = await read(file)
      // ExcelJS: row 2 and column 2 are hidden, rows 1 and 3 and columns 1 and 3 are not.
      expect(sheet.grid()).toEqual(
        adjusted('no-row-or-merge-flags', 'getRow(2).hidden == true, getColumn(2).hidden == true', {
          1: { A: 'BEGIN', B: 'HIDDEN', C: 'VISIBLE' },
          2: { A: 'HIDDEN' },
          3: { A: 'VISIBLE' }
        })
      )
    }
  )

  it('issue-991-csv-read-dates: test-issue-991.csv keeps dates and date-like codes as written', async () => {
    const sheet = await read('test-issue-991.csv')
    expect(sheet.cell('A1')).toBe(adjusted('csv-text-kept', "new Date('2019-11-04T00:00:00')", '2019-11-04'))
    expect(sheet.cell('A2')).toBe(adjusted('csv-text-kept', "new Date('2019-11-04T00:00:00')", '11-04-2019'))
    expect(sheet.cell('A3')).toBe(adjusted('csv-text-kept', "new Date('2019-11-04T10:17:55')", '2019-11-04T10:17:55'))
    expect(sheet.cell('A4')).toBe('00210PRG1')
    expect(sheet.cell('A5')).toBe('1234-5thisisnotadate')
  })

  it('issue-219-1904-dates / test-pr-1487: 1904.xlsx Sheet1 has its one value in column B', async () => {
    const sheet = await read('1904.xlsx', 'Sheet1')
    expect(sheet.table.rows.map((r) => r.rowNumber)).toEqual([4])
    expect(Object.keys(sheet.grid()[4] ?? {})).toEqual(['B'])
    // Its value, 1904-01-01, is in corpus-display.test.ts.
  })
})
