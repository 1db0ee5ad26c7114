import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import { createSheetReader, DEFAULT_SHEET_LIMITS, type SheetLimits } from '../../../src/core/sheets'
import { rowBytes } from '../../../src/core/sheets/build-table'
import { runParseJob } from '../../../src/core/sheets/parse-job'
import { precheck } from '../../../src/core/sheets/precheck'
import {
  encryptedXlsBytes,
  encryptedXlsxBytes,
  fakeExe,
  forgeCentralDirectory,
  patchXlsx,
  textBytes,
  workbookBytes,
  xlsxBytes,
  zerosZip
} from './fixtures'

const MB = 1024 * 1024
const readers: ReturnType<typeof createSheetReader>[] = []
afterAll(() => Promise.all(readers.map((r) => r.close())))

function readerWith(limits: Partial<SheetLimits> = {}) {
  const r = createSheetReader({ limits })
  readers.push(r)
  return r
}

/** Runs only the calling-thread checks: proves a refusal happens before any worker or parser runs. */
function precheckCode(bytes: Uint8Array, limits: Partial<SheetLimits> = {}): string {
  try {
    precheck(bytes, { ...DEFAULT_SHEET_LIMITS, ...limits })
    return 'accepted'
  } catch (err) {
    return (err as { code: string }).code
  }
}

describe('refused before parsing, in the calling thread', () => {
  it('an empty file', () => {
    expect(precheckCode(new Uint8Array(0))).toBe('sheet.empty-file')
  })

  it('a renamed executable or other binary', () => {
    expect(precheckCode(fakeExe())).toBe('sheet.unsupported-format')
    expect(precheckCode(new Uint8Array(randomBytes(3000)))).toBe('sheet.unsupported-format')
  })

  it('a web page saved as .xls', () => {
    expect(precheckCode(textBytes('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toBe('sheet.html-file')
    expect(precheckCode(textBytes('\ufeff<?xml version="1.0"?><Workbook/>'))).toBe('sheet.html-file')
  })

  it('a truncated .xlsx (zip cut short)', () => {
    const bytes = xlsxBytes([['a', 'b'], ['1', '2']])
    for (const cut of [3, 100, Math.floor(bytes.length / 2), bytes.length - 10]) {
      expect(precheckCode(bytes.subarray(0, cut)), `cut at ${cut}`).toBe('sheet.truncated')
    }
  })

  it('a truncated .xls (allocation table points past the end)', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i, `row ${i}`])
    const bytes = workbookBytes([{ name: 'S', rows }], 'xls')
    expect(precheckCode(bytes)).toBe('accepted')
    expect(precheckCode(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('sheet.truncated')
    expect(precheckCode(bytes.subarray(0, 300))).toBe('sheet.truncated')
  })

  it('a file over the size limit', () => {
    expect(precheckCode(textBytes('a,b\n'.repeat(1000)), { maxFileBytes: 1000 })).toBe('sheet.too-large')
  })

  it('a zip whose declared contents exceed the total cap (a few MB of zeros, cap lowered)', () => {
    const bomb = zerosZip(5 * MB)
    expect(bomb.length).toBeLessThan(20_000)
    expect(precheckCode(bomb, { maxUncompressedBytes: 1 * MB })).toBe('sheet.zip-bomb')
  })

  it('a zip entry with an impossible compression ratio, at the default limits', () => {
    const forged = forgeCentralDirectory(zerosZip(64 * 1024), 'uncompressedSize', 0xfffffff0)
    expect(precheckCode(forged)).toBe('sheet.zip-bomb')
    // The forged size is a claim about ~4 GB from a file of a few hundred bytes.
    expect(forged.length).toBeLessThan(2000)
  })

  it('a zip that is not a spreadsheet', () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w/>') })
    expect(runParseJob({ op: 'inspect', bytes: docx, fileName: 'a.xlsx', limits: DEFAULT_SHEET_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'sheet.unsupported-format' }
    })
  })
})

describe('refused by the worker', () => {
  it('a sheet SheetJS could not parse, instead of the empty sheet SheetJS would return', () => {
    const bytes = patchXlsx(xlsxBytes([['a'], ['b']]), (files) => {
      const path = 'xl/worksheets/sheet1.xml'
      files[path] = (files[path] as string).replace('</sheetData>', '<row r="3"><c r="A3" t="s"><v>999999</v></c></row></sheetData>')
    })
    expect(runParseJob({ op: 'read', bytes, fileName: 'bad.xlsx', limits: DEFAULT_SHEET_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'sheet.corrupt', params: { fileName: 'bad.xlsx' } }
    })
  })

  it('a zip that understates its sizes: refused while counting the real inflated bytes', async () => {
    const liar = forgeCentralDirectory(zerosZip(4 * MB), 'uncompressedSize', 1000)
    expect(precheckCode(liar)).toBe('accepted')
    await expect(readerWith().inspect(liar, 'liar.xlsx')).rejects.toMatchObject({ code: 'sheet.zip-bomb' })
  })

  it('a password-protected .xlsx and .xls', async () => {
    const r = readerWith()
    await expect(r.inspect(encryptedXlsxBytes(), 'locked.xlsx')).rejects.toMatchObject({ code: 'sheet.encrypted' })
    await expect(r.readSheet(encryptedXlsBytes(), 'locked.xls')).rejects.toMatchObject({ code: 'sheet.encrypted' })
  })

  it('a sheet over the row limit (CSV and xlsx), with blank rows not counted', async () => {
    const r = readerWith({ maxRows: 5 })
    const csv = textBytes('h\n' + Array.from({ length: 10 }, (_, i) => `${i}\n`).join(''))
    await expect(r.readSheet(csv, 'rows.csv')).rejects.toMatchObject({ code: 'sheet.too-many-rows', params: { limit: 5 } })
    const xlsx = xlsxBytes(Array.from({ length: 10 }, (_, i) => [i]))
    await expect(r.readSheet(xlsx, 'rows.xlsx')).rejects.toMatchObject({ code: 'sheet.too-many-rows' })
    const sparse = textBytes('h\n\n\n\n\n\n\n1\n2\n3\n4\n')
    expect((await r.readSheet(sparse, 'ok.csv')).table.rows).toHaveLength(5)
  })

  it('a sheet whose table would take more memory than allowed, in a plain message naming the file; one just under it reads', async () => {
    const row = ['P-000001', '여름 린넨 셔츠', '39000']
    const perRow = rowBytes(row)
    const rows = (n: number) => ['상품코드,상품명,판매가', ...Array.from({ length: n }, () => row.join(','))].join('\n')
    const limit = perRow * 1000 + rowBytes(['상품코드', '상품명', '판매가'])
    const r = readerWith({ maxTableBytes: limit })
    expect((await r.readSheet(textBytes(rows(1000)), 'fits.csv')).table.rows).toHaveLength(1001)
    const refused = r.readSheet(textBytes(rows(1001)), '전체 상품.csv')
    await expect(refused).rejects.toMatchObject({ code: 'sheet.too-much-text', params: { fileName: '전체 상품.csv', limitMb: 0 } })
    await expect(refused).rejects.toThrow(/holds more text than Sheetport can keep open at once/)
    const xlsx = xlsxBytes([['상품코드', '상품명', '판매가'], ...Array.from({ length: 1001 }, () => row)])
    await expect(r.readSheet(xlsx, 'all.xlsx')).rejects.toMatchObject({ code: 'sheet.too-much-text' })
  })

  it('a sheet over the column limit', async () => {
    const r = readerWith({ maxColumns: 3 })
    await expect(r.readSheet(textBytes('a,b,c,d\n'), 'wide.csv')).rejects.toMatchObject({ code: 'sheet.too-many-columns' })
  })
})
