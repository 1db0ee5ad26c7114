import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from 'xlsx'

/* Spreadsheets the CLI tests import, generated here, and reports read back. */

/** A fresh temporary folder. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sheetport-cli-'))
}

/** Writes a workbook with one sheet per entry (rows of text) and returns its path. */
export async function writeWorkbook(path: string, sheets: Readonly<Record<string, readonly (readonly string[])[]>>): Promise<string> {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), name)
  await writeFile(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
  return path
}

/** Reads a report (.xlsx or .csv) back as rows of text, header first. */
export async function readRows(path: string): Promise<string[][]> {
  const book = XLSX.read(await readFile(path), { type: 'buffer', raw: true })
  const sheet = book.Sheets[book.SheetNames[0] ?? '']
  return sheet === undefined ? [] : XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' })
}

/** Products rows the automatic mapping understands; ids keep their leading zeros. */
export const PRODUCT_HEADERS = ['상품코드', '이미지URL', 'detection', '상품URL', '상품명'] as const
export function productRows(count: number, name = '상품'): string[][] {
  return Array.from({ length: count }, (_, i) => [`P${String(i).padStart(5, '0')}`, `https://shop.example.com/img/${i}.jpg`, 'TOP', `https://shop.example.com/p/${i}`, `${name} ${i}`])
}

/** Customer rows (email, first name, last name, consent). */
export const CUSTOMER_HEADERS = ['이메일', '이름', '성', '수신동의'] as const
export function customerRows(count: number, prefix = 'buyer'): string[][] {
  return Array.from({ length: count }, (_, i) => [`${prefix}${i}@example.com`, '민수', '김', '예'])
}

