import { createHash } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { createSheetReader, dataRows, DEFAULT_SHEET_LIMITS, headerCells, type SheetError } from '../../../src/core/sheets'
import { runParseJob } from '../../../src/core/sheets/parse-job'
import { ascii, concat, CP949, patchXlsx, textBytes, workbookBytes, xlsxBytes } from './fixtures'

// One reader for the file: every call still gets its own worker, so tests stay independent.
const reader = createSheetReader()
afterAll(() => reader.close())

async function table(bytes: Uint8Array, fileName: string, sheetName?: string) {
  return reader.readSheet(bytes, fileName, sheetName)
}

async function cells(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const { table: t } = await table(bytes, fileName)
  return t.rows.map((r) => [...r.cells])
}

describe('CSV and TSV', () => {
  it('reads a CP949 CSV from Korean Excel with its Hangul intact', async () => {
    const bytes = concat(CP949.상품명, ascii(','), CP949.가격, ascii(','), CP949.재고, ascii('\r\n'), CP949.똠, ascii(',1000,5\r\n'))
    const { info, table: t } = await table(bytes, '재고.csv')
    expect(info).toMatchObject({ format: 'csv', encoding: 'euc-kr', sheetNames: ['재고'] })
    expect(headerCells(t)).toEqual(['상품명', '가격', '재고'])
    expect(dataRows(t).map((r) => r.cells)).toEqual([['똠', '1000', '5']])
  })

  it('reads UTF-8 with and without a BOM identically', async () => {
    const text = '상품명,가격\n사과,1000\n'
    expect(await cells(textBytes(text, 'utf-8-bom'), 'a.csv')).toEqual(await cells(textBytes(text), 'a.csv'))
    expect((await reader.inspect(textBytes(text, 'utf-8-bom'), 'a.csv')).encoding).toBe('utf-8')
  })

  it("reads Excel's UTF-16LE \"Unicode text\" (tab-separated) as TSV", async () => {
    const { info, table: t } = await table(textBytes('상품명\t가격\r\n사과\t1000\r\n', 'utf-16le'), 'unicode.txt')
    expect(info).toMatchObject({ format: 'tsv', encoding: 'utf-16le' })
    expect(t.rows.map((r) => r.cells)).toEqual([['상품명', '가격'], ['사과', '1000']])
  })

  it('reads .tsv and semicolon-separated files', async () => {
    expect(await cells(textBytes('a\tb\n1\t2\n'), 'x.tsv')).toEqual([['a', 'b'], ['1', '2']])
    expect(await cells(textBytes('Name;Preis\nA;1,5\nB;2,5\n'), 'de.csv')).toEqual([['Name', 'Preis'], ['A', '1,5'], ['B', '2,5']])
  })

  it('keeps quoted line breaks inside one cell and numbers row by record', async () => {
    const { table: t } = await table(textBytes('name,memo\n"사과","첫 줄\n둘째 줄"\n배,x\n'), 'q.csv')
    expect(t.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([[1, 'name', 'memo'], [2, '사과', '첫 줄\n둘째 줄'], [3, '배', 'x']])
  })

  it('keeps every CSV cell as raw text: leading zeros, exponents, formulas, error texts, dates', async () => {
    const rows = await cells(textBytes('id,sku,f,e,d,b\n000123,1E5,=1+1,#DIV/0!,2024-01-02,TRUE\n'), 'raw.csv')
    expect(rows[1]).toEqual(['000123', '1E5', '=1+1', '#DIV/0!', '2024-01-02', 'TRUE'])
  })

  it('reads CSVs that SheetJS would mistake for other formats by their first bytes', async () => {
    expect(await cells(textBytes('TABLE,x\n1,2\n'), 'dif.csv')).toEqual([['TABLE', 'x'], ['1', '2']])
    expect(await cells(textBytes('ID,이름\n1,김\n'), 'sylk.csv')).toEqual([['ID', '이름'], ['1', '김']])
    expect(await cells(textBytes('<신상품>,x\n1,2\n'), 'angle.csv')).toEqual([['<신상품>', 'x'], ['1', '2']])
  })

  it('trims cells and drops blank rows and blank columns', async () => {
    const { table: t } = await table(textBytes(',name, ,price\n\n, 사과 ,,1000\n , , , \n'), 'blank.csv')
    expect(t.columnCount).toBe(2)
    expect(t.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([[1, 'name', 'price'], [3, '사과', '1000']])
  })
})

describe('xlsx values', () => {
  it('keeps leading zeros of codes stored as numbers with a zero-padded format, and of text', async () => {
    const bytes = xlsxBytes([
      ['코드', '문자코드', '전화'],
      [{ t: 'n', v: 123, z: '000000' }, '000123', { t: 'n', v: 1012345678, z: '000-0000-0000' }]
    ])
    expect((await cells(bytes, 'z.xlsx'))[1]).toEqual(['000123', '000123', '010-1234-5678'])
  })

  it('writes numbers as plain decimals without float noise or separators', async () => {
    const bytes = xlsxBytes([
      ['a', 'b', 'c', 'd'],
      [{ t: 'n', v: 0.1 + 0.2 }, { t: 'n', v: 10000, z: '#,##0' }, { t: 'n', v: 1e21 }, { t: 'n', v: 1.5 }]
    ])
    expect((await cells(bytes, 'n.xlsx'))[1]).toEqual(['0.3', '10000', '1000000000000000000000', '1.5'])
  })

  it('turns date-formatted serials into ISO dates, 1900-03-01 included', async () => {
    const bytes = xlsxBytes([
      ['날짜', '윤년 다음', '일시', '시각'],
      [
        { t: 'n', v: 45000, z: 'yyyy-mm-dd' },
        { t: 'n', v: 61, z: 'yyyy-mm-dd' },
        { t: 'n', v: 45000.5, z: 'yyyy-mm-dd hh:mm' },
        { t: 'n', v: 0.75, z: 'hh:mm' }
      ]
    ])
    expect((await cells(bytes, 'd.xlsx'))[1]).toEqual(['2023-03-15', '1900-03-01', '2023-03-15T12:00:00', '18:00:00'])
  })

  it('reads the cached value of formulas and booleans, and error cells as the error Excel shows', async () => {
    const bytes = xlsxBytes([
      ['합계', '참', '오류', 'x'],
      [{ t: 'n', v: 3, f: 'SUM(1,2)' }, true, { t: 'e', v: 7 }, 'y'],
      // A row holding only errors is still a row.
      [{ t: 'e', v: 0x0f }, { t: 'e', v: 0x2a }]
    ])
    const rows = await cells(bytes, 'f.xlsx')
    expect(rows[1]).toEqual(['3', 'TRUE', '#DIV/0!', 'y'])
    expect(rows[2]).toEqual(['#VALUE!', '#N/A', '', ''])
  })
})

describe('layout', () => {
  it('finds the header under a merged title row and a blank row', async () => {
    const bytes = xlsxBytes(
      [['2024 가을 신상품 목록'], [], ['상품코드', '상품명', '가격'], ['A-1', '사과', 1000], ['A-2', '배', 2000]],
      ['A1:C1']
    )
    const { table: t } = await table(bytes, 'title.xlsx')
    expect(t.rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5])
    expect(t.headerIndex).toBe(1)
    expect(headerCells(t)).toEqual(['상품코드', '상품명', '가격'])
    expect(dataRows(t).map((r) => r.cells)).toEqual([['A-1', '사과', '1000'], ['A-2', '배', '2000']])
    // The merge is not filled in: only its top-left cell holds the title.
    expect(t.rows[0]?.cells).toEqual(['2024 가을 신상품 목록', '', ''])
  })

  it('drops columns that are blank in every row', async () => {
    const bytes = xlsxBytes([[null, 'sku', null, 'name', null], [null, '1', null, 'a', null]])
    const { table: t } = await table(bytes, 'cols.xlsx')
    expect(t.columnCount).toBe(2)
    expect(t.rows.map((r) => r.cells)).toEqual([['sku', 'name'], ['1', 'a']])
  })

  it('survives a dimension that claims A1:XFD1048576, reading only the cells that exist', async () => {
    const bytes = patchXlsx(xlsxBytes([['a', 'b'], ['1', '2']]), (files) => {
      const path = 'xl/worksheets/sheet1.xml'
      files[path] = (files[path] as string)
        .replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>stray</t></is></c></row></sheetData>')
    })
    const { table: t } = await table(bytes, 'lie.xlsx')
    expect(t.columnCount).toBe(3)
    expect(t.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([[1, 'a', 'b', ''], [2, '1', '2', ''], [1048576, '', '', 'stray']])
  })
})

describe('workbooks with several sheets', () => {
  const book = workbookBytes([
    { name: 'Lists', rows: [['hidden lookup']], hidden: 1 },
    { name: '상품', rows: [['sku', 'name'], ['1', '니트']] },
    { name: 'Secret', rows: [['very hidden']], hidden: 2 },
    { name: '재고', rows: [['sku', 'qty'], ['1', 5]] }
  ])

  it('lists the visible sheets and reads the first visible one by default', async () => {
    const { info, table: t } = await table(book, 'multi.xlsx')
    expect(info.sheetNames).toEqual(['상품', '재고'])
    expect(t.sheetName).toBe('상품')
  })

  it('reads the sheet the user picked, by exact name, hidden ones included', async () => {
    const { table: t } = await table(book, 'multi.xlsx', '재고')
    expect(t.rows.map((r) => r.cells)).toEqual([['sku', 'qty'], ['1', '5']])
    expect((await table(book, 'multi.xlsx', 'Lists')).table.rows[0]?.cells).toEqual(['hidden lookup'])
    await expect(table(book, 'multi.xlsx', '없음')).rejects.toMatchObject({ code: 'sheet.sheet-not-found', params: { sheetName: '없음' } })
  })

  it('reads .xls and .ods too, hidden sheets excluded where the format records them', async () => {
    const xls = await table(workbookBytes([{ name: 'H', rows: [['x']], hidden: 1 }, { name: 'Data', rows: [['sku'], [{ t: 'n', v: 7, z: '000' }]] }], 'xls'), 'old.xls')
    expect(xls.info).toMatchObject({ format: 'xls', encoding: null, sheetNames: ['Data'] })
    expect(xls.table.rows.map((r) => r.cells)).toEqual([['sku'], ['007']])
    const ods = await table(workbookBytes([{ name: 'Data', rows: [['상품명', '가격'], ['사과', 1000]] }], 'ods'), 'libre.ods')
    expect(ods.info).toMatchObject({ format: 'ods', sheetNames: ['Data'] })
    expect(ods.table.rows.map((r) => r.cells)).toEqual([['상품명', '가격'], ['사과', '1000']])
  })

  it('refuses a workbook with no sheets', async () => {
    const empty = patchXlsx(xlsxBytes([['a']]), (files) => {
      files['xl/workbook.xml'] = (files['xl/workbook.xml'] as string).replace(/<sheets>.*<\/sheets>/, '<sheets/>')
    })
    await expect(reader.inspect(empty, 'none.xlsx')).rejects.toMatchObject({ code: 'sheet.no-sheets' })
  })
})

describe('file identity', () => {
  it('detects the format from content, not from the name', async () => {
    expect((await reader.inspect(textBytes('a,b\n1,2'), 'renamed.xlsx')).format).toBe('csv')
    expect((await reader.inspect(xlsxBytes([['a']]), 'renamed.csv')).format).toBe('xlsx')
  })

  it("fingerprints the bytes with sha256 and leaves the caller's bytes usable", async () => {
    const bytes = xlsxBytes([['a']])
    const info = await reader.inspect(bytes, 'f.xlsx')
    expect(info.fingerprint).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(info.sizeBytes).toBe(bytes.length)
    expect(bytes.byteLength).toBeGreaterThan(0)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(info.fingerprint)
  })
})

describe('hostile names', () => {
  it('a sheet named __proto__ or constructor is read like any other', () => {
    const bytes = workbookBytes([
      { name: 'first', rows: [['f']] },
      { name: '__proto__', rows: [['p']] },
      { name: 'constructor', rows: [['c']] }
    ])
    for (const [name, cell] of [['__proto__', 'p'], ['constructor', 'c']]) {
      const r = runParseJob({ op: 'read', bytes, fileName: 'n.xlsx', sheetName: name, limits: DEFAULT_SHEET_LIMITS })
      expect(r.ok && r.table?.rows[0]?.cells).toEqual([cell])
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('hostile header texts', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort()
  const headers = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty']

  it('are just texts in arrays, in xlsx and CSV alike, and pollute nothing', async () => {
    const x = await table(xlsxBytes([headers, ['{"polluted":1}', '1', '2', '3', '4']]), 'proto.xlsx')
    const c = await table(textBytes(`${headers.join(',')}\n1,2,3,4,5\n`), 'proto.csv')
    for (const t of [x.table, c.table]) {
      expect(headerCells(t)).toEqual(headers)
      expect(Array.isArray(t.rows[1]?.cells)).toBe(true)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(typeof ({}).toString).toBe('function')
  })
})

describe('errors', () => {
  it('carry a code, params and a one-line English message naming the file', async () => {
    const err: SheetError = await reader.inspect(new Uint8Array(0), '빈파일.csv').then(
      () => {
        throw new Error('expected a refusal')
      },
      (e: SheetError) => e
    )
    expect(err).toMatchObject({ name: 'SheetError', code: 'sheet.empty-file', params: { fileName: '빈파일.csv' } })
    expect(err.message).toContain('빈파일.csv')
    expect(err.message).not.toContain('\n')
  })
})
