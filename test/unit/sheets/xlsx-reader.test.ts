import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CellObject } from 'xlsx'
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from '../../../src/core/sheets'
import { resolveLimits } from '../../../src/core/sheets/limits'
import { runParseJob } from '../../../src/core/sheets/parse-job'
import { precheck } from '../../../src/core/sheets/precheck'
import { readWorkbook, type WorkbookRead } from '../../../src/core/sheets/read-workbook'
import { readXlsxWorkbook } from '../../../src/core/sheets/xlsx/read-xlsx'
import { readSheetRows } from '../../../src/core/sheets/xlsx/sheet-rows'
import { readStreamedSheetRows } from '../../../src/core/sheets/xlsx/streamed-sheet'
import { xmlChunks } from '../../../src/core/sheets/xlsx/xml-chunks'
import { inflateEntry } from '../../../src/core/sheets/zip-guard'
import { forgeCentralDirectory, patchXlsx, workbookBytes, xlsxBytes } from './fixtures'

const FIXTURES = join(__dirname, '..', '..', 'fixtures')
const SHEET1 = 'xl/worksheets/sheet1.xml'

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return xlsxFiles(path)
    return e.name.toLowerCase().endsWith('.xlsx') ? [path] : []
  })
}

type Outcome = WorkbookRead | { refused: string } | 'left to SheetJS'

function outcome(read: () => WorkbookRead | null): Outcome {
  try {
    return read() ?? 'left to SheetJS'
  } catch (err) {
    return { refused: String((err as { code?: unknown }).code ?? err) }
  }
}

/** What each reader makes of a file, for a sheet list (inspect) and for the default or a named sheet's table. */
function bothReaders(bytes: Uint8Array, wantTable: boolean, sheetName?: string, limits: SheetLimits = DEFAULT_SHEET_LIMITS, streamAboveBytes?: number) {
  const { entries } = precheck(bytes, limits)
  return {
    fast: outcome(() => readXlsxWorkbook(bytes, entries, wantTable, sheetName, limits, { streamAboveBytes })),
    sheetjs: outcome(() => readWorkbook(bytes, 'xlsx', wantTable, sheetName, limits))
  }
}

function expectSameAsSheetJs(bytes: Uint8Array, sheetName?: string): void {
  for (const wantTable of [false, true]) {
    const { fast, sheetjs } = bothReaders(bytes, wantTable, sheetName)
    expect(fast).not.toBe('left to SheetJS')
    expect(fast).toEqual(sheetjs)
  }
}

function withSheetData(rowsXml: string): Uint8Array {
  return patchXlsx(xlsxBytes([['placeholder']]), (files) => {
    files[SHEET1] = (files[SHEET1] as string).replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rowsXml}</sheetData>`)
  })
}

describe('the fast .xlsx reader', () => {
  // Streamed: every sheet read while it inflates, as sheets past 256 MB are.
  it.each([['inflated at once', undefined], ['streamed', 0]])('reads every .xlsx in the test corpus exactly as SheetJS does, leaving only two to it (%s)', (_how, streamAboveBytes) => {
    const left: string[] = []
    const files = xlsxFiles(FIXTURES)
    expect(files.length).toBeGreaterThan(30)
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file))
      for (const wantTable of [false, true]) {
        const { fast, sheetjs } = bothReaders(bytes, wantTable, undefined, DEFAULT_SHEET_LIMITS, streamAboveBytes)
        if (fast === 'left to SheetJS') left.push(relative(FIXTURES, file))
        else expect({ file, wantTable, read: fast }).toEqual({ file, wantTable, read: sheetjs })
      }
    }
    // One writes every element with a namespace prefix (x:row, x:c), one stores dates as ISO text (t="d").
    expect([...new Set(left)].sort()).toEqual(['corpus/calamine/date_iso.xlsx', 'corpus/roo/Pfand_from_windows_phone.xlsx'])
  })

  it('streams a large sheet across many inflated pieces, rows cut anywhere, and holds it to its declared size', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`P${i}`, `린넨 셔츠 ${i}호 😀`, 10_000 + i])
    const bytes = xlsxBytes(rows)
    const { fast, sheetjs } = bothReaders(bytes, true, undefined, DEFAULT_SHEET_LIMITS, 0)
    expect(fast).not.toBe('left to SheetJS')
    expect(fast).toEqual(sheetjs)
    // Fed 1 KB at a time, the pieces end anywhere, mid-row and mid-character: the same rows come out.
    const entry = precheck(bytes, DEFAULT_SHEET_LIMITS).entries.find((e) => e.name === SHEET1)
    if (!entry) throw new Error('no sheet part')
    const context = { sharedStrings: [], styleFormats: [], date1904: false, maxColumns: 100 }
    const whole: [number, string[]][] = []
    const streamed: [number, string[]][] = []
    readSheetRows(inflateEntry(bytes, entry, DEFAULT_SHEET_LIMITS), context, (n, texts) => whole.push([n, texts]))
    readStreamedSheetRows(bytes, entry, DEFAULT_SHEET_LIMITS, context, (n, texts) => streamed.push([n, texts]), 1024)
    expect(streamed).toHaveLength(30_000)
    expect(streamed).toEqual(whole)
    const liar = forgeCentralDirectory(bytes, 'uncompressedSize', 100_000)
    expect(bothReaders(liar, true, undefined, DEFAULT_SHEET_LIMITS, 0).fast).toEqual({ refused: 'sheet.zip-bomb' })
  })

  it('reads every kind of cell SheetJS writes as SheetJS reads it', () => {
    const cell = (c: CellObject): CellObject => c
    const rows = [
      ['상품코드', '상품명', '가격', '할인', '출시일', '시각', '재고있음', '오류', '우편번호'],
      [
        cell({ t: 'n', v: 123, z: '000000' }),
        '린넨 셔츠 <A&B> "특가"',
        19900,
        cell({ t: 'n', v: 0.15, z: '0%' }),
        cell({ t: 'n', v: 45292, z: 'yyyy-mm-dd' }),
        cell({ t: 'n', v: 45292.5, z: 'yyyy-mm-dd hh:mm' }),
        true,
        cell({ t: 'e', v: 0x07 }),
        cell({ t: 'n', v: 1234, z: '00000' })
      ],
      ['줄바꿈\r\n있음', '  앞뒤 공백  ', 0.1 + 0.2, -1.5e-7, 1e21, null, false, '', "'00123"]
    ]
    const bytes = workbookBytes([
      { name: '안내', rows: [['이 시트는 설명입니다.']] },
      { name: '숨김', rows: [['a', 'b'], [1, 2]], hidden: 1 },
      { name: '상품', rows },
      { name: '빈 시트', rows: [] }
    ])
    expectSameAsSheetJs(bytes)
    expectSameAsSheetJs(bytes, '숨김')
    expectSameAsSheetJs(bytes, '빈 시트')
  })

  it('places cells without a reference one after another, and reads attributes split over lines', () => {
    const bytes = withSheetData(
      '<row r="2"><c t="str"><v>a</v></c><c t="str"><v>b</v></c></row>' +
        '<row r="4"><c\n r="B4"\n t="str"><v>under b</v></c><c r="D4"><v>4</v></c></row>' +
        '<row><c r="A5" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r></is></c><c r="B5" t="str"><v>&#x1F600; _x0041_ &amp;</v></c></row>'
    )
    const fast = readXlsxWorkbook(bytes, precheck(bytes, DEFAULT_SHEET_LIMITS).entries, true, undefined, DEFAULT_SHEET_LIMITS)
    expect(fast?.table?.rows).toEqual([
      { rowNumber: 2, cells: ['a', 'b', ''] },
      { rowNumber: 4, cells: ['', 'under b', '4'] },
      { rowNumber: 5, cells: ['rich text', '😀 A &', ''] }
    ])
    expect(fast?.table?.sheetColumns).toEqual([0, 1, 3])
  })

  it('leaves to SheetJS what it does not read itself, and SheetJS still reads it', () => {
    const unusual = {
      'rows out of order': withSheetData('<row r="3"><c r="A3" t="str"><v>c</v></c></row><row r="1"><c r="A1" t="str"><v>a</v></c></row>'),
      'an ISO date cell': withSheetData('<row r="1"><c r="A1" t="d"><v>2024-01-01T00:00:00</v></c></row>'),
      'prefixed elements': patchXlsx(xlsxBytes([['a', 'b']]), (files) => {
        files[SHEET1] = (files[SHEET1] as string).replace(/<(\/?)(sheetData|row|c|v)\b/g, '<$1x:$2').replace('<worksheet ', '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')
      })
    }
    for (const [what, bytes] of Object.entries(unusual)) {
      expect({ what, fast: bothReaders(bytes, true).fast }).toEqual({ what, fast: 'left to SheetJS' })
      const parsed = runParseJob({ op: 'read', bytes, fileName: 'odd.xlsx', limits: DEFAULT_SHEET_LIMITS })
      expect({ what, ok: parsed.ok }).toEqual({ what, ok: true })
    }
  })

  it('refuses a sheet past the row or column limit itself, and leaves damage for SheetJS to judge', () => {
    const tall = xlsxBytes(Array.from({ length: 10 }, (_, i) => [i, 'x']))
    expect(bothReaders(tall, true, undefined, resolveLimits({ maxRows: 5 })).fast).toEqual({ refused: 'sheet.too-many-rows' })
    expect(bothReaders(tall, true, undefined, resolveLimits({ maxColumns: 1 })).fast).toEqual({ refused: 'sheet.too-many-columns' })
    const badIndex = withSheetData('<row r="1"><c r="A1" t="s"><v>999999</v></c></row>')
    expect(bothReaders(badIndex, true).fast).toBe('left to SheetJS')
    const liar = forgeCentralDirectory(xlsxBytes(Array.from({ length: 2000 }, (_, i) => [i, `product ${i}`])), 'uncompressedSize', 100)
    expect(bothReaders(liar, true).fast).toEqual({ refused: 'sheet.zip-bomb' })
  })
})

describe('xmlChunks', () => {
  it('cuts a part into pieces that each end on the closing tag, multi-byte text intact', () => {
    const xml = '<sheetData>' + Array.from({ length: 500 }, (_, i) => `<row r="${i + 1}"><c><v>행 ${i} 😀</v></c></row>`).join('') + '</sheetData>'
    const pieces = [...xmlChunks(Buffer.from(xml), '</row>', 256)]
    expect(pieces.length).toBeGreaterThan(50)
    expect(pieces.join('')).toBe(xml)
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('</row>')).toBe(true)
  })

  it('makes a piece larger than asked when one element is', () => {
    const big = `<row>${'x'.repeat(1000)}</row>`
    const pieces = [...xmlChunks(Buffer.from(`${big}<row>y</row>`), '</row>', 100)]
    expect(pieces).toEqual([big, '<row>y</row>'])
  })
})
