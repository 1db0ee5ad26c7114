import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import type { CellObject } from 'xlsx'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { createSavedMappingStore } from '../../../src/core/mapping'
import { buildFailureReport, type FailureReportInput, type ReportFormat, type ReportRowStatus } from '../../../src/core/report'
import { createSheetReader, dataRows, headerCells } from '../../../src/core/sheets'
import { ignoreColumn } from '../../../src/shared/mapping'
import { columnLetters, type SheetTable } from '../../../src/shared/sheet'

/*
 * The whole loop through the real reader: a workbook staff made → the table
 * Sheetport imports → a failure report (xlsx and csv) → the report read back,
 * which must give the very same values, and the saved mapping.
 */

const PASSWORDS = ['Pw-Hunter2!zz', 'Qx-s3cret-77', 'Zz-pass-word-9', 'Kk-비밀-0000']

const text = (v: string): CellObject => ({ t: 's', v })
const code = (v: number): CellObject => ({ t: 'n', v, z: '000000' })
const serialDate = (v: number, z = 'yyyy-mm-dd'): CellObject => ({ t: 'n', v, z })
const dateCell = (iso: string): CellObject => ({ t: 'd', v: new Date(`${iso}T00:00:00Z`), z: 'yyyy-mm-dd' })

// '_x005F_x0041_' is how Excel stores the literal text '_x0041_' in its shared strings (SheetJS's writer does not escape it).
const SOURCE_ROWS: (string | CellObject)[][] = [
  ['2024 가을 회원 명단'],
  ['회원번호', '회원코드', '이메일', '이름', '성', '비밀번호', '가입일', '생일', '메모', '전화'],
  [text('000123'), code(42), 'kim@example.com', '민수', '김', PASSWORDS[0]!, serialDate(45292), dateCell('1990-05-17'), '=SUM(A1:A2)', '+82-10-1234-5678'],
  [text('007'), code(7), 'lee@example.com', '지은', '이', PASSWORDS[1]!, serialDate(45000.5, 'yyyy-mm-dd hh:mm'), dateCell('2001-12-31'), '-x', '@home'],
  [text('0010'), code(123456), 'park@example.com', '서준', '박', PASSWORDS[2]!, serialDate(60), dateCell('1985-01-01'), '\tleading tab', "'already-quoted="],
  [text('0000'), code(0), 'choi@example.com', '하은', '최', PASSWORDS[3]!, serialDate(1), dateCell('2024-02-29'), "'=x", "''+y"],
  [text('00099'), code(99), '=HYPERLINK("http://evil")', '"따옴표"', '-', '', serialDate(45658), dateCell('2000-01-01'), 'a,b "c"\n둘째 줄', '-5'],
  [text('1'), code(1), 'x@example.com', '_x005F_x0041_', 'semi;colon', '', serialDate(45658), dateCell('2000-01-01'), '\r\ncarriage', '@']
]

function sourceWorkbook(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(SOURCE_ROWS)
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, ws, '회원')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer)
}

const STATUSES: readonly ReportRowStatus[] = ['invalid', 'failed', 'unknown', 'not-sent']
const PASSWORD_COLUMN = 5

function reportInput(table: SheetTable, format: ReportFormat): FailureReportInput {
  return {
    sourceFileName: '회원 명단.xlsx',
    sheetName: table.sheetName,
    headers: headerCells(table),
    rows: dataRows(table).map((r, i) => ({ rowNumber: r.rowNumber, cells: r.cells, status: STATUSES[i % 4]!, reason: i % 2 ? '=이유' : '이메일이 비어 있습니다' })),
    blankColumns: [PASSWORD_COLUMN],
    format,
    language: 'ko'
  }
}

function withoutPasswords(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((cells) => cells.map((c, i) => (i === PASSWORD_COLUMN ? '' : c)))
}

function memoryPersistence() {
  let data: unknown = null
  return { load: async () => data, save: async (next: unknown) => void (data = next) }
}

describe('failure report round trip through the real reader', () => {
  const reader = createSheetReader()
  afterAll(() => reader.close())
  const source = sourceWorkbook()

  it('reads the source as staff mean it (the test data is what it claims to be)', async () => {
    const { table } = await reader.readSheet(source, '회원 명단.xlsx')
    expect(table.headerIndex).toBe(1)
    const rows = dataRows(table).map((r) => r.cells)
    expect(rows[0]?.slice(0, 2)).toEqual(['000123', '000042'])
    expect(rows[0]?.slice(6, 8)).toEqual(['2024-01-01', '1990-05-17'])
    expect(rows[1]?.[6]).toBe('2023-03-15T12:00:00')
    expect(rows[2]?.[6]).toBe('1900-02-29')
    expect(rows[2]?.[8]).toBe('leading tab')
    // A leading apostrophe is Excel's text prefix, not part of the value ('=x is the text =x).
    expect(rows[3]?.[8]).toBe('=x')
    expect(rows[3]?.[9]).toBe("'+y")
    expect(rows[5]?.[3]).toBe('_x0041_')
  })

  it.each<ReportFormat>(['xlsx', 'csv'])('gives back every original value from a %s report, and no password', async (format) => {
    const { table } = await reader.readSheet(source, '회원 명단.xlsx')
    const report = buildFailureReport(reportInput(table, format))
    expect(report.fileName).toBe(`회원 명단 - 실패 행.${format}`)

    const back = await reader.readSheet(report.bytes, report.fileName)
    expect(back.info.format).toBe(format)
    const width = table.columnCount
    expect(back.table.headerIndex).toBe(0)
    expect(headerCells(back.table).slice(0, width)).toEqual(headerCells(table))
    const original = withoutPasswords(dataRows(table).map((r) => r.cells))
    const restored = dataRows(back.table).map((r) => r.cells.slice(0, width))
    expect(restored).toHaveLength(original.length)
    restored.forEach((cells, r) => cells.forEach((cell, c) => expect(cell, `row ${r + 1}, column ${c + 1}`).toBe(original[r]?.[c])))

    // The Sheetport columns: source sheet, source row, status, reason.
    const extra = dataRows(back.table).map((r) => r.cells.slice(width))
    expect(extra[0]).toEqual(['회원', '3', '수정 필요 (보내지 않음)', '이메일이 비어 있습니다'])
    expect(extra[1]).toEqual(['회원', '4', '실패', '=이유'])
    expect(headerCells(back.table).slice(width)).toEqual(['Sheetport 원본 시트', 'Sheetport 원본 행', 'Sheetport 상태', 'Sheetport 사유'])
  })

  it('neutralises formulas in the written file, and the passwords appear nowhere in its bytes', async () => {
    const { table } = await reader.readSheet(source, '회원 명단.xlsx')
    const csv = buildFailureReport(reportInput(table, 'csv'))
    const csvText = new TextDecoder().decode(csv.bytes)
    expect(csvText).toContain("'=SUM(A1:A2)")
    expect(csvText).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvText).toContain("''+y")
    expect(csvText).toContain(',-5,회원,7,')
    const xlsx = buildFailureReport(reportInput(table, 'xlsx'))
    const xml = Object.values(unzipSync(xlsx.bytes)).map((bytes) => strFromU8(bytes)).join('\n')
    expect(xml).toContain('&apos;=SUM(A1:A2)')
    for (const password of PASSWORDS) {
      for (const bytes of [csv.bytes, xlsx.bytes]) expect(Buffer.from(bytes).indexOf(Buffer.from(password))).toBe(-1)
      expect(csvText).not.toContain(password)
      expect(xml).not.toContain(password)
    }
    // The source really did hold them, so the search above can fail.
    expect(Object.values(unzipSync(source)).map((bytes) => strFromU8(bytes)).join('\n')).toContain(PASSWORDS[0])
  })

  it('opens the CSV report as UTF-8 with its Hangul intact', async () => {
    const { table } = await reader.readSheet(source, '회원 명단.xlsx')
    const report = buildFailureReport(reportInput(table, 'csv'))
    const info = await reader.inspect(report.bytes, report.fileName)
    expect(info).toMatchObject({ format: 'csv', encoding: 'utf-8', sheetNames: ['회원 명단 - 실패 행'] })
  })

  it.each<ReportFormat>(['xlsx', 'csv'])('re-applies the saved mapping when the %s report is opened', async (format) => {
    const sessions = new ImportSessions(reader, createSavedMappingStore(memoryPersistence()))
    const first = await sessions.open('회원 명단.xlsx', source)
    const auto = await sessions.setTarget(first.sessionId, 'customers:create')
    expect(auto.mapping?.columns[PASSWORD_COLUMN]).toEqual({ kind: 'field', field: 'password' })
    // A choice automatic matching would not make, so only the saved mapping can bring it back.
    const edited = ignoreColumn(auto.mapping!, 3)
    await sessions.setMapping(first.sessionId, edited)

    const { table } = sessions.get(first.sessionId)
    const report = buildFailureReport(reportInput(table, format))
    const opened = await sessions.open(report.fileName, report.bytes)
    expect(opened.headerIndex).toBe(0)
    const restored = await sessions.setTarget(opened.sessionId, 'customers:create')
    expect(restored.mappingRestored).toBe(true)
    expect(restored.mapping?.columns.slice(0, table.columnCount)).toEqual(edited.columns)
    expect(restored.mapping?.columns.slice(table.columnCount)).toEqual(Array(4).fill({ kind: 'ignore' }))
  })

  it.each<ReportFormat>(['xlsx', 'csv'])('keeps each column under its source letter in a %s report, and reads back as the same table', async (format) => {
    // Column C is blank in the source: Sheetport drops it, and 가격 stays column D.
    const ws = XLSX.utils.aoa_to_sheet([['상품코드', '상품명', '', '가격'], ['A-1', '셔츠', '', '39000'], ['A-2', '바지', '', '']])
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, ws, '상품')
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    const { table } = await reader.readSheet(bytes, '상품.xlsx')
    expect(columnLetters(table)).toEqual(['A', 'B', 'D'])
    const report = buildFailureReport({ ...reportInput(table, format), blankColumns: [], sheetColumns: table.sheetColumns })
    const back = await reader.readSheet(report.bytes, report.fileName)
    expect(columnLetters(back.table).slice(0, 3)).toEqual(['A', 'B', 'D'])
    expect(headerCells(back.table).slice(0, 3)).toEqual(['상품코드', '상품명', '가격'])
    expect(dataRows(back.table).map((r) => r.cells.slice(0, 3))).toEqual([['A-1', '셔츠', '39000'], ['A-2', '바지', '']])
  })

  it('builds a 50,000-row report in both formats', () => {
    const headers = ['상품코드', '상품명', '가격', '메모', '등록일', '옵션', '재고', '색상', '비고', '담당자']
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      rowNumber: i + 2,
      cells: [String(i).padStart(6, '0'), `상품 ${i}`, String(1000 + i), i % 7 ? '보통' : '=1+1', '2024-03-01', '-', String(i % 50), '빨강', '', '김민수'],
      status: STATUSES[i % 4]!,
      reason: '가격이 비어 있습니다'
    }))
    const base = { sourceFileName: 'big.xlsx', sheetName: 'Sheet1', headers, rows, blankColumns: [], language: 'ko' as const }
    const csv = buildFailureReport({ ...base, format: 'csv' })
    expect(new TextDecoder().decode(csv.bytes).split('\r\n')).toHaveLength(50_002)
    const xlsx = buildFailureReport({ ...base, format: 'xlsx' })
    expect(strFromU8(unzipSync(xlsx.bytes)['xl/worksheets/sheet1.xml']!)).toContain('<dimension ref="A1:N50001"/>')
  })
})
