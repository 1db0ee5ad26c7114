import { inflateRawSync } from 'node:zlib'
import { SheetError } from './errors'
import type { ZipEntry } from './zip-directory'

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet'
const MANIFEST = 'META-INF/manifest.xml'
const ascii = new TextDecoder('latin1')

/** The bytes of one entry, inflated within its (already checked) declared size. */
export function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method === 0) return data
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  } catch {
    throw new SheetError('sheet.corrupt')
  }
}

/**
 * Tells an .xlsx from an .ods (and both from .docx, .xlsb, Numbers and plain
 * archives) by the entries inside, since many zips share the PK signature.
 */
export function zipFormat(bytes: Uint8Array, entries: readonly ZipEntry[]): 'xlsx' | 'ods' {
  const byName = new Map(entries.map((e) => [e.name, e]))
  const mimetype = byName.get('mimetype')
  if (mimetype) {
    const type = ascii.decode(zipEntryBytes(bytes, mimetype)).trim()
    if (type === ODS_MIME) return 'ods'
    throw new SheetError('sheet.unsupported-format')
  }
  if (byName.has('[Content_Types].xml')) {
    const names = entries.map((e) => e.name.toLowerCase())
    // .xlsb keeps the same layout with binary parts; Sheetport reads only the XML flavour.
    if (names.includes('xl/workbook.bin')) throw new SheetError('sheet.unsupported-format')
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx'
  }
  if (byName.has('content.xml') && byName.has(MANIFEST)) return 'ods'
  throw new SheetError('sheet.unsupported-format')
}

/** ODS encrypts entries individually; its manifest says so while content.xml is unreadable ciphertext. */
export function checkOdsNotEncrypted(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const manifest = entries.find((e) => e.name === MANIFEST)
  if (manifest && /encryption-data/.test(ascii.decode(zipEntryBytes(bytes, manifest)))) {
    throw new SheetError('sheet.encrypted')
  }
}
