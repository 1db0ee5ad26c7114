/**
 * Files from xlrd's test suite (python-excel/xlrd, BSD), asserting what its
 * tests assert, as Sheetport reads them. Sources and licence:
 * test/fixtures/corpus/SOURCES.md; adjustments: corpus-differences.ts.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { adjusted } from './corpus-differences'
import { corpusReader } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

const read = (file: string, sheet?: string) => corpus.read(`xlrd/${file}`, sheet)

describe.concurrent('xlrd’s test files (tests/test_formats.py, test_sheet.py, test_cell.py, test_missing_records.py)', () => {
  it('test_text_cells: Formate.xls sheet Blätt1 A1:A3 hold German text', async () => {
    const sheet = await read('Formate.xls', 'Blätt1')
    expect([sheet.cell('A1'), sheet.cell('A2'), sheet.cell('A3')]).toEqual(['Huber', 'Äcker', 'Öcker'])
  })

  it('test_date_cells: Formate.xls B1:B3 are dates (serials 2741, 38406, 32266)', async () => {
    const sheet = await read('Formate.xls', 'Blätt1')
    expect([sheet.cell('B1'), sheet.cell('B2'), sheet.cell('B3')]).toEqual([
      adjusted('dates-iso', 2741, '1907-07-03'),
      adjusted('dates-iso', 38406, '2005-02-23'),
      adjusted('dates-iso', 32266, '1988-05-03')
    ])
  })

  it('test_time_cells: Formate.xls B4:B6 are times of day (.273611, .538889, .741123)', async () => {
    const sheet = await read('Formate.xls', 'Blätt1')
    // Formats HH:MM, HH:MM and H:MM:SS AM/PM: Excel shows 06:34, 12:56 and 5:47:13 PM.
    expect([sheet.cell('B4'), sheet.cell('B5'), sheet.cell('B6')]).toEqual([
      adjusted('times-hms', 0.273611, '06:34:00'),
      adjusted('times-hms', 0.538889, '12:56:00'),
      adjusted('times-hms', 0.741123, '17:47:13')
    ])
  })

  it('test_currency_cells: Formate.xls B9:B10 are euro amounts 1000.30 and 1.20', async () => {
    const sheet = await read('Formate.xls', 'Blätt1')
    // Excel shows " 1.000,30 € " and " 1,20 € ".
    expect(sheet.cell('B9')).toBe(adjusted('exact-numbers', 1000.3, '1000.3'))
    expect(sheet.cell('B10')).toBe(adjusted('exact-numbers', 1.2, '1.2'))
  })

  it('test_get_from_merged_cell: Formate.xls sheet ÖÄÜ C3 holds "MERGED CELLS"', async () => {
    expect((await read('Formate.xls', 'ÖÄÜ')).cell('C3')).toBe('MERGED CELLS')
  })

  it('test_ignore_diagram: Formate.xls sheet Blätt3 A1 is 100 despite its chart', async () => {
    expect((await read('Formate.xls', 'Blätt3')).cell('A1')).toBe('100')
  })

  it('test_merged_cells: xf_class.xls sheet table2, merge (3, 7, 2, 5) holds "MERGED" in C4', async () => {
    const sheet = await read('xf_class.xls', 'table2')
    expect(sheet.cell('C4')).toBe('MERGED')
    expect(sheet.grid()).toEqual(adjusted('no-row-or-merge-flags', 'merged_cells[0] == (3, 7, 2, 5)', { 4: { C: 'MERGED' } }))
  })

  it('test_read_ragged: ragged.xls rows of lengths 3, 2, 1, 4, 4', async () => {
    const sheet = await read('ragged.xls', 'Sheet1')
    // xlrd: row_len 3, 2, 1, 4, 4 — row 5 is k, blank, blank, l.
    expect(sheet.grid()).toEqual({
      1: { A: 'a', B: 'b', C: 'c' },
      2: { A: 'd', B: 'e' },
      3: { A: 'f' },
      4: { A: 'g', B: 'h', C: 'I', D: 'j' },
      5: adjusted('blank-rows-and-columns-left-out', 'row_len(4) == 4', { A: 'k', D: 'l' })
    })
  })

  it('test_default_format: biff4_no_format_no_window2.xls (BIFF4, no FORMAT or WINDOW2 records) A1 is text', async () => {
    const sheet = await read('biff4_no_format_no_window2.xls')
    expect(sheet.info.format).toBe('xls')
    expect(sheet.cell('A1')).toBe('ID')
    expect(sheet.grid()[1]).toEqual({ A: 'ID', B: 'TOTAL', C: 'MAIN', D: 'SUB' })
    expect(sheet.grid()[27]).toEqual({ A: 'Z', B: 'GIFTWARE', C: 'Giftware' })
  })
})
