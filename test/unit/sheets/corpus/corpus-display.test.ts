/**
 * Peer-asserted values that need a cell read as Excel displays it
 * (src/core/sheets/number-format.ts: elapsed-time durations, 1904 dates,
 * percent cells). They were written, marked it.fails, before that reading
 * landed, and flipped when it did. Sources: test/fixtures/corpus/SOURCES.md.
 *
 * No peer suite collected here has a real CP1252 CSV: roo's iso_8859_1.csv
 * is, byte for byte, UTF-8 (roo.test.ts keeps it so), and csv-spectrum's
 * location_coordinates.csv holds U+FFFD already.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { adjusted } from './corpus-differences'
import { corpusReader } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

describe('times, durations, 1904 dates and percent cells as the peers assert them', () => {
  // elapsed-time cells ([h]:mm:ss) read as the hours Excel shows, not as a date-time.
  it.each(['date.xlsx', 'date.xls', 'date_1904.xlsx', 'date_1904.xls'])('calamine date_xls / date_xlsx: %s A3 is the duration 255:10:10', async (file) => {
    // calamine: DateTime(10.632060185185185, TimeDelta), as_duration() == 255 h 10 min 10 s; Excel shows 255:10:10.
    expect((await corpus.read(`calamine/${file}`)).cell('A3')).toBe(adjusted('times-hms', 'Duration::seconds(255 * 3600 + 10 * 60 + 10)', '255:10:10'))
  })

  // 1904 dates — serial 0 of a 1904 workbook in a date format is 1904-01-01, not a time of day.
  it('exceljs issue-219-1904-dates: 1904.xlsx Sheet1 B4 is 1904-01-01', async () => {
    // ExcelJS: getCell('B4').value.toISOString() == '1904-01-01T00:00:00.000Z'; Excel shows 1/1/04 (format m/d/yy).
    expect((await corpus.read('exceljs/1904.xlsx', 'Sheet1')).cell('B4')).toBe(adjusted('dates-iso', '1904-01-01T00:00:00.000Z', '1904-01-01'))
  })

  // percent cells keep what the person saw (format 0.0%).
  it('xlrd test_percent_cells: Formate.xls Blätt1 B7 and B8 are 97.4% and 12.4%', async () => {
    const sheet = await corpus.read('xlrd/Formate.xls', 'Blätt1')
    // xlrd: XL_CELL_NUMBER .974 and .124; Excel shows 97.4% and 12.4%.
    expect([sheet.cell('B7'), sheet.cell('B8')]).toEqual(['97.4%', '12.4%'])
  })

  // percent cells keep what the person saw (format 0.0%).
  it.each(['minimal_112.xlsx', 'minimal_112.xls'])('SheetJS minimal_112: %s (Numbers 11.2) B3 is 12.3 per cent, as in Numbers’ minimal_112.tsv', async (file) => {
    expect((await corpus.read(`sheetjs/${file}`)).cell('B3')).toBe('12.3%')
  })
})
