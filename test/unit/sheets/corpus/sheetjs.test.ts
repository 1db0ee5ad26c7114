/**
 * Files from SheetJS's test corpus (SheetJS/test_files, Apache-2.0), each
 * checked against the text export its producing program made of it (Excel
 * 2016's CSV, Excel's Unicode text, Apple Numbers' CSV/TSV) or, for
 * RkNumber.xls, the CSV SheetJS's own test.js compares with ("should
 * generate correct CSV output"). Sources and licence:
 * test/fixtures/corpus/SOURCES.md; adjustments: corpus-differences.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { columnLetter } from '../../../../src/shared/sheet'
import { adjusted, type CorpusDifference } from './corpus-differences'
import { CORPUS_DIR, corpusReader, type CorpusSheet } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

const read = (file: string, sheet?: string) => corpus.read(`sheetjs/${file}`, sheet)

/** A program's CSV/TSV export as rows of cells (quotes honoured, line ends CRLF, LF or a Mac's lone CR). */
function exported(file: string, separator = ','): string[][] {
  const raw = readFileSync(join(CORPUS_DIR, 'sheetjs', file))
  const text = raw[0] === 0xff && raw[1] === 0xfe ? raw.subarray(2).toString('utf16le') : raw.toString('utf8')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === separator) {
      row.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      rows.push([...row, field])
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/**
 * The export's cells keyed as the sheet reads them: export row i is sheet row
 * i + offset; blank cells left out; `adjust` maps a cell ref to the
 * difference and the value Sheetport deliberately reads there instead.
 */
function expectedGrid(rows: string[][], offset = 0, adjust: Record<string, [CorpusDifference, string]> = {}): Record<number, Record<string, string>> {
  const grid: Record<number, Record<string, string>> = {}
  rows.forEach((cells, r) => {
    const row: Record<string, string> = {}
    cells.forEach((text, c) => {
      const ref = `${columnLetter(c)}${r + 1 + offset}`
      const change = adjust[ref]
      const value = change ? adjusted(change[0], text, change[1]) : adjusted('trimmed-whitespace', text, text.trim())
      if (value !== '') row[columnLetter(c)] = value
    })
    if (Object.keys(row).length > 0) grid[r + 1 + offset] = row
  })
  return grid
}

const gridOf = (sheet: CorpusSheet) => sheet.grid()

describe.concurrent('SheetJS test_files, against their producers’ own exports', () => {
  const errorDates: Record<string, [CorpusDifference, string]> = { A12: ['dates-iso', '2014-10-11'], D12: ['dates-iso', '2014-10-11'], E12: ['dates-iso', '2014-10-11'] }

  it.each(['xlsx', 'xls'])('ErrorTypes.%s reads as Excel 2016’s CSV of it (2016/ErrorTypes.%s.0.csv): every error, TRUE/FALSE, text', async (ext) => {
    const sheet = await read(`ErrorTypes.${ext}`, 'RawErrors')
    expect(gridOf(sheet)).toEqual(expectedGrid(exported(`2016/ErrorTypes.${ext}.0.csv`), 0, errorDates))
  })

  it('ErrorTypes.csv, Excel for Mac’s CSV with lone-CR line ends, reads cell for cell as written', async () => {
    const sheet = await read('ErrorTypes.csv')
    expect(exported('ErrorTypes.csv')).toHaveLength(14)
    expect(gridOf(sheet)).toEqual(expectedGrid(exported('ErrorTypes.csv')))
  })

  it('RkNumber.xls (every RK number encoding) reads as SheetJS’s RkNumber.xls.0.csv and Excel 2016’s export', async () => {
    const sheet = await read('RkNumber.xls')
    expect(gridOf(sheet)).toEqual(expectedGrid(exported('RkNumber.xls.0.csv')))
    expect(gridOf(sheet)).toEqual(expectedGrid(exported('2016/RkNumber.xls.0.csv')))
  })

  it.each(['phonetic_text.xlsx', 'phonetic_text.xls', 'phonetic_text.txt'])('%s (Japanese with phonetic runs) reads as Excel’s Unicode text export phonetic_text.txt', async (file) => {
    const sheet = await read(file)
    expect(gridOf(sheet)).toEqual(expectedGrid(exported('phonetic_text.txt', '\t')))
    expect(sheet.cell('A1')).toBe('漢字')
  })

  it('text_and_numbers.xls (Hebrew Excel) reads as Excel’s Unicode text export, amounts exact', async () => {
    const sheet = await read('text_and_numbers.xls', 'Sheet1')
    // text_and_numbers.txt has C4 " $1,337.00 " as the accounting format shows it.
    expect(gridOf(sheet)).toEqual(expectedGrid(exported('text_and_numbers.txt', '\t'), 0, { C4: ['exact-numbers', '1337'] }))
    expect(gridOf(await read('text_and_numbers.txt'))).toEqual(expectedGrid(exported('text_and_numbers.txt', '\t')))
  })

  it('Attendance.xlsx (Numbers for iCloud template) reads as Numbers’ own Attendance.csv, one row lower', async () => {
    const sheet = await read('Attendance.xlsx')
    const csv = exported('Attendance.csv')
    // Numbers puts the table's title row above the table in the .xlsx (blank here); its CSV starts at the header.
    const dates = Object.fromEntries(csv.slice(1, -1).map((cells, i) => [`A${i + 3}`, ['dates-iso', `2020-${(cells[0] ?? '').split('/').map((n) => n.padStart(2, '0')).join('-')}`] as [CorpusDifference, string]]))
    expect(sheet.headerRow).toBe(2)
    expect(gridOf(sheet)).toEqual(expectedGrid(csv, 1, dates))
    expect(sheet.cell('A3')).toBe('2020-10-01')
  })

  it('Attendance.csv keeps its month/day text and the header’s line breaks', async () => {
    const sheet = await read('Attendance.csv')
    expect(gridOf(sheet)).toEqual(expectedGrid(exported('Attendance.csv')))
    expect(sheet.cell('B1')).toBe('Ben \nAshley')
  })

  it.each(['minimal_112.xlsx', 'minimal_112.xls'])('%s (Numbers 11.2) reads as Numbers’ minimal_112.tsv, all but the percent cell', async (file) => {
    const sheet = await read(file)
    const tsv = expectedGrid(exported('minimal_112.tsv', '\t'))
    // B3, 12.3% in Numbers, is in corpus-display.test.ts.
    for (const ref of ['A1', 'B1', 'A2', 'B2', 'A3']) expect(sheet.cell(ref), ref).toBe(tsv[Number(ref.slice(1))]?.[ref.slice(0, 1)])
    expect(sheet.table.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3])
  })

  it('minimal_112.tsv reads as written', async () => {
    expect(gridOf(await read('minimal_112.tsv'))).toEqual(expectedGrid(exported('minimal_112.tsv', '\t')))
  })
})
