import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { buildFailureReport, defaultReportFormat, reportFileName, type FailureReportInput } from '../../../src/core/report'
import { buildReportGrid } from '../../../src/core/report/report-grid'
import { excelSheetName } from '../../../src/core/report/sheet-name'
import { AppError } from '../../../src/shared/errors'

const input: FailureReportInput = {
  sourceFileName: 'C:\\Users\\staff\\Desktop\\고객 명단.xlsx',
  sheetName: '고객',
  headers: ['회원번호', '이메일', '비밀번호', '메모'],
  rows: [
    { rowNumber: 3, cells: ['000123', 'kim@example.com', 'Hunter2-secret', '=SUM(A1:A2)'], status: 'failed', reason: '이메일이 이미 쓰이고 있습니다' },
    { rowNumber: 7, cells: ['0042', '', 'Other-secret'], status: 'invalid', reason: '-' }
  ],
  blankColumns: [2],
  format: 'csv',
  language: 'ko'
}

function csvText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

describe('buildReportGrid', () => {
  it('keeps the original columns, blanks password values, then adds sheet, row, status and reason', () => {
    const grid = buildReportGrid(input)
    expect(grid.originalWidth).toBe(4)
    expect(grid.rows).toEqual([
      ['회원번호', '이메일', '비밀번호', '메모', 'Sheetport 원본 시트', 'Sheetport 원본 행', 'Sheetport 상태', 'Sheetport 사유'],
      ['000123', 'kim@example.com', '', "'=SUM(A1:A2)", '고객', 3, '실패', '이메일이 이미 쓰이고 있습니다'],
      ['0042', '', '', '', '고객', 7, '수정 필요 (보내지 않음)', "'-"]
    ])
  })

  it('writes English headers and status words for an English report', () => {
    const grid = buildReportGrid({ ...input, language: 'en', rows: [{ ...input.rows[0]!, status: 'unknown' }, { ...input.rows[1]!, status: 'not-sent' }] })
    expect(grid.rows[0]?.slice(4)).toEqual(['Sheetport source sheet', 'Sheetport source row', 'Sheetport status', 'Sheetport reason'])
    expect(grid.rows[1]?.[6]).toBe('Unknown (may have been applied)')
    expect(grid.rows[2]?.[6]).toBe('Not sent (cancelled)')
  })

  it('puts each column back under its source sheet letter, so column D of the report is column D of the file', () => {
    // Column C of the source was blank and dropped on reading; 메모 was in E.
    const grid = buildReportGrid({ ...input, sheetColumns: [0, 1, 3, 4] })
    expect(grid.originalWidth).toBe(5)
    expect(grid.rows[0]).toEqual(['회원번호', '이메일', '', '비밀번호', '메모', 'Sheetport 원본 시트', 'Sheetport 원본 행', 'Sheetport 상태', 'Sheetport 사유'])
    expect(grid.rows[1]?.slice(0, 6)).toEqual(['000123', 'kim@example.com', '', '', "'=SUM(A1:A2)", '고객'])
  })

  it('keeps cells beyond the header under an empty header rather than dropping them', () => {
    const grid = buildReportGrid({ ...input, headers: ['A'], blankColumns: [], rows: [{ rowNumber: 2, cells: ['a', 'b'], status: 'failed', reason: 'x' }] })
    expect(grid.rows[0]?.slice(0, 2)).toEqual(['A', ''])
    expect(grid.rows[1]?.slice(0, 2)).toEqual(['a', 'b'])
  })

  it('escapes formula-like headers and sheet names too', () => {
    const grid = buildReportGrid({ ...input, sheetName: '=시트', headers: ['+옵션'], rows: [{ rowNumber: 2, cells: ['x'], status: 'failed', reason: '@' }], blankColumns: [] })
    expect(grid.rows[0]?.[0]).toBe("'+옵션")
    expect(grid.rows[1]).toEqual(['x', "'=시트", 2, '실패', "'@"])
  })
})

describe('buildFailureReport as CSV', () => {
  it('is UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const report = buildFailureReport({
      ...input,
      rows: [{ rowNumber: 2, cells: ['a,b', 'say "hi"', 'pw', 'two\nlines', 'semi;colon', 'tab\tin'], status: 'failed', reason: 'x' }]
    })
    expect([...report.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(report.mimeType).toBe('text/csv;charset=utf-8')
    const text = csvText(report.bytes.slice(3))
    expect(text.split('\r\n')).toEqual([
      '회원번호,이메일,비밀번호,메모,,,Sheetport 원본 시트,Sheetport 원본 행,Sheetport 상태,Sheetport 사유',
      '"a,b","say ""hi""",,"two\nlines","semi;colon","tab\tin",고객,2,실패,x',
      ''
    ])
  })

  it('never writes a password value', () => {
    const text = csvText(buildFailureReport(input).bytes)
    expect(text).toContain('비밀번호')
    expect(text).not.toContain('Hunter2-secret')
    expect(text).not.toContain('Other-secret')
  })
})

describe('buildFailureReport as xlsx', () => {
  const report = buildFailureReport({ ...input, format: 'xlsx', sheetName: '고객/VIP: 2024 [가을] 목록 - 아주 긴 시트 이름' })
  const files = unzipSync(report.bytes)

  it('has one sheet named after the source sheet, cut to what Excel allows', () => {
    const book = XLSX.read(report.bytes, { type: 'array' })
    // 31 characters end just after '시트 ', and the trailing space goes too.
    expect(book.SheetNames).toEqual(['고객_VIP_ 2024 _가을_ 목록 - 아주 긴 시트'])
  })

  it('writes every original value as a text cell formatted as text, and the row number as a number', () => {
    const sheet = XLSX.read(report.bytes, { type: 'array', cellNF: true }).Sheets[XLSX.read(report.bytes, { type: 'array' }).SheetNames[0]!]!
    expect(sheet['A2']).toMatchObject({ t: 's', v: '000123', z: '@' })
    expect(sheet['D2']).toMatchObject({ t: 's', v: "'=SUM(A1:A2)" })
    expect(sheet['F2']).toMatchObject({ t: 'n', v: 3 })
    expect(sheet['C2']?.v ?? '').toBe('')
  })

  it('sets column widths that fit the values, Hangul counted double', () => {
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!)
    const widths = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(8)
    // '회원번호' is 8 wide; 'kim@example.com' is 15 characters.
    expect(widths[0]).toBeCloseTo(10.83, 1)
    expect(widths[1]).toBeCloseTo(17.83, 1)
  })

  it('never writes a password value', () => {
    const all = Object.values(files).map((f) => strFromU8(f)).join('\n')
    expect(all).toContain('비밀번호')
    expect(all).not.toContain('Hunter2-secret')
  })

  it('refuses a cell Excel cannot hold, pointing to CSV', () => {
    const long = { ...input, format: 'xlsx' as const, rows: [{ rowNumber: 2, cells: ['x'.repeat(32_768)], status: 'failed' as const, reason: '' }] }
    expect(() => buildFailureReport(long)).toThrow(AppError)
    expect(() => buildFailureReport(long)).toThrow(/\.csv/)
    expect(() => buildFailureReport({ ...long, format: 'csv' })).not.toThrow()
  })
})

describe('report file names and sheet names', () => {
  it('names the report after the source file, without folders or extension', () => {
    expect(buildFailureReport(input).fileName).toBe('고객 명단 - 실패 행.csv')
    expect(reportFileName('/home/staff/products.2024.xlsx', 'xlsx', 'en')).toBe('products.2024 - failures.xlsx')
    expect(reportFileName('', 'csv', 'en')).toBe('report - failures.csv')
  })

  it('offers a workbook report for workbooks and a CSV report for text files', () => {
    expect(['xlsx', 'xls', 'ods', 'csv', 'tsv'].map((f) => defaultReportFormat(f as 'xlsx'))).toEqual(['xlsx', 'xlsx', 'xlsx', 'csv', 'csv'])
  })

  it.each([
    ['Sheet1', 'Sheet1'],
    ['a:b\\c/d?e*f[g]h', 'a_b_c_d_e_f_g_h'],
    ["'quoted'", 'quoted'],
    ["' '", 'Sheet1'],
    ['', 'Sheet1'],
    ['History', 'History (1)'],
    ['tab\there', 'tab_here'],
    ['x'.repeat(40), 'x'.repeat(31)],
    ['x'.repeat(30) + '😀', 'x'.repeat(30)],
    ['x'.repeat(30) + "'y", 'x'.repeat(30)]
  ])('makes %j acceptable to Excel as %j', (name, expected) => {
    expect(excelSheetName(name)).toBe(expected)
  })
})
