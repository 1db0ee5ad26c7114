/**
 * Builds every test file in memory: workbooks through SheetJS's writer, zips
 * through fflate, text by hand. Nothing binary is committed.
 */
import { randomBytes } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import * as XLSX from 'xlsx'
import * as cpexcel from 'xlsx/dist/cpexcel'
import type { CellObject, WorkSheet } from 'xlsx'

/** A cell value for a fixture: plain values, or a full SheetJS cell to set a type or number format. */
export type FixtureCell = string | number | boolean | null | CellObject

/** One sheet of a fixture workbook. */
export interface FixtureSheet {
  readonly name: string
  readonly rows: readonly (readonly FixtureCell[])[]
  /** 0 visible, 1 hidden, 2 very hidden. */
  readonly hidden?: 0 | 1 | 2
  /** A1-style ranges to merge, e.g. 'A1:D1'. */
  readonly merges?: readonly string[]
}

function sheetOf(s: FixtureSheet): WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => [...r]))
  if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m))
  return ws
}

/** A workbook in the given format, written by SheetJS. */
export function workbookBytes(sheets: readonly FixtureSheet[], bookType: 'xlsx' | 'xls' | 'ods' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new()
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, sheetOf(s), s.name)
  wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ?? 0 })) }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType, compression: true }) as ArrayBuffer)
}

/** A one-sheet .xlsx. */
export function xlsxBytes(rows: FixtureSheet['rows'], merges?: readonly string[]): Uint8Array {
  return workbookBytes([{ name: 'Sheet1', rows, merges }])
}

/** Text in a chosen encoding; UTF-16 and the BOM variant get their byte-order mark. */
export function textBytes(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  if (encoding === 'utf-8-bom') return concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(text))
  const le = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    le[2 * i] = unit & 0xff
    le[2 * i + 1] = unit >> 8
  }
  if (encoding === 'utf-16le') return concat([0xff, 0xfe], le)
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number]
  return concat([0xfe, 0xff], le)
}

/** Concatenates byte arrays (and plain byte lists). */
export function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * CP949 bytes of a few words, as Excel on Korean Windows writes them. Node
 * has no CP949 encoder, so they are spelled out (checked in the tests against
 * TextDecoder where Node decodes them correctly). 똠 (8C 63) lies in CP949's
 * extension beyond KS X 1001, which Node's own 'euc-kr' decoder mangles.
 */
export const CP949 = {
  상품명: [0xbb, 0xf3, 0xc7, 0xb0, 0xb8, 0xed],
  가격: [0xb0, 0xa1, 0xb0, 0xdd],
  재고: [0xc0, 0xe7, 0xb0, 0xed],
  가을: [0xb0, 0xa1, 0xc0, 0xbb],
  똠: [0x8c, 0x63]
} as const

const codepages = (cpexcel as { cptable?: typeof cpexcel.default }).cptable ?? cpexcel.default

/**
 * Text encoded as Excel's "CSV (Comma delimited)" writes it on Korean (949)
 * or Western (1252) Windows, through the code page tables SheetJS ships.
 */
export function codePageBytes(page: 949 | 1252, text: string): Uint8Array {
  const enc = codepages[page]?.enc as Record<string, number> | undefined
  if (!enc) throw new Error(`code page ${page} missing`)
  return Uint8Array.from(
    [...text].flatMap((ch) => {
      const code = enc[ch]
      if (code === undefined) throw new Error(`${ch} is not in code page ${page}`)
      return code > 0xff ? [code >> 8, code & 0xff] : [code]
    })
  )
}

/** Bytes of ASCII text (for splicing between CP949 words). */
export function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0))
}

/** Replaces parts of an .xlsx, e.g. to lie about a sheet's dimension. */
export function patchXlsx(bytes: Uint8Array, patch: (files: Record<string, string>) => void): Uint8Array {
  const files = unzipSync(bytes)
  const text: Record<string, string> = {}
  for (const [name, data] of Object.entries(files)) text[name] = strFromU8(data)
  patch(text)
  const out: Zippable = {}
  for (const [name, content] of Object.entries(text)) out[name] = strToU8(content)
  return zipSync(out)
}

/** Sets a 32-bit field in the central-directory header of entries whose name ends with `suffix`; forges declared sizes. */
export function forgeCentralDirectory(
  zip: Uint8Array,
  field: 'compressedSize' | 'uncompressedSize',
  value: number,
  suffix = 'sheet1.xml'
): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const offset = field === 'compressedSize' ? 20 : 24
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const name = strFromU8(out.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)))
    if (name.endsWith(suffix)) view.setUint32(at + offset, value, true)
  }
  return out
}

/** A deflated zip whose one entry is `size` zero bytes: a tiny file that inflates enormously. */
export function zerosZip(size: number, name = 'xl/worksheets/sheet1.xml'): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [name]: new Uint8Array(size) }, { level: 9 })
}

/** Random bytes behind an executable's "MZ" signature: a renamed .exe. */
export function fakeExe(size = 4096): Uint8Array {
  const bytes = new Uint8Array(randomBytes(size))
  bytes[0] = 0x4d
  bytes[1] = 0x5a
  return bytes
}

interface CfbEntryLike {
  name: string
  content: ArrayLike<number>
  size: number
}
interface CfbLike {
  FileIndex: CfbEntryLike[]
}
interface CfbWriter {
  read(data: Uint8Array, options: { type: 'array' }): CfbLike
  write(container: CfbLike, options: { type: 'array' }): ArrayBuffer | number[]
  utils: { cfb_new(): CfbLike; cfb_add(container: CfbLike, name: string, content: Uint8Array): void }
}
const CFB = XLSX.CFB as CfbWriter

/** What Excel writes for a password-protected .xlsx: an OLE container with EncryptionInfo and EncryptedPackage. */
export function encryptedXlsxBytes(): Uint8Array {
  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array(randomBytes(256)))
  CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(randomBytes(8192)))
  return new Uint8Array(CFB.write(container, { type: 'array' }))
}

/** A password-protected .xls: a FILEPASS record (XOR obfuscation) right after the workbook's BOF. */
export function encryptedXlsBytes(): Uint8Array {
  const container = CFB.read(workbookBytes([{ name: 'S', rows: [['a']] }], 'xls'), { type: 'array' })
  const stream = container.FileIndex.find((e) => e.name === 'Workbook')
  if (!stream) throw new Error('fixture: no Workbook stream')
  const content = Uint8Array.from(stream.content)
  const bofEnd = 4 + ((content[2] as number) | ((content[3] as number) << 8))
  const filePass = [0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]
  stream.content = concat(content.subarray(0, bofEnd), filePass, content.subarray(bofEnd))
  stream.size = stream.content.length
  return new Uint8Array(CFB.write(container, { type: 'array' }))
}
