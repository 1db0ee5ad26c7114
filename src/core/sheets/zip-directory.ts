import { SheetError } from './errors'

/**
 * One file inside a zip container as its central directory declares it. The
 * sizes are claims, not facts: zip-guard checks them before and while inflating.
 */
export interface ZipEntry {
  readonly name: string
  readonly method: number
  readonly flags: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  /** Where the entry's compressed bytes start in the file. */
  readonly dataOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff
const U16_MAX = 0xffff
const U32_MAX = 0xffffffff

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new SheetError('sheet.truncated')
  return (b[at] as number) | ((b[at + 1] as number) << 8)
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new SheetError('sheet.truncated')
  return ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) + (b[at + 3] as number) * 0x1000000
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000
}

/** The end-of-central-directory record sits in the last 64 KB; a file without one was cut short. */
function findEocd(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT)
  for (let at = b.length - EOCD_SIZE; at >= lowest; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === EOCD_SIGNATURE) return at
  }
  throw new SheetError('sheet.truncated')
}

interface Directory {
  readonly count: number
  readonly offset: number
  readonly size: number
}

function readDirectoryLocation(b: Uint8Array, eocd: number): Directory {
  const count = u16(b, eocd + 10)
  const size = u32(b, eocd + 12)
  const offset = u32(b, eocd + 16)
  if (count !== U16_MAX && size !== U32_MAX && offset !== U32_MAX) return { count, offset, size }
  // Zip64: the real values live in a second record that a locator just before the EOCD points to.
  const locator = eocd - 20
  if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR_SIGNATURE) throw new SheetError('sheet.corrupt')
  const record = u64(b, locator + 8)
  if (u32(b, record) !== ZIP64_EOCD_SIGNATURE) throw new SheetError('sheet.corrupt')
  return { count: u64(b, record + 32), size: u64(b, record + 40), offset: u64(b, record + 48) }
}

/** Zip64 extra field: 64-bit values appear only for the fields whose 32-bit slot is saturated, in this order. */
function applyZip64Extra(b: Uint8Array, start: number, end: number, sizes: { u: number; c: number; o: number }): void {
  for (let at = start; at + 4 <= end; ) {
    const id = u16(b, at)
    const len = u16(b, at + 2)
    if (id === 0x0001) {
      let p = at + 4
      if (sizes.u === U32_MAX) {
        sizes.u = u64(b, p)
        p += 8
      }
      if (sizes.c === U32_MAX) {
        sizes.c = u64(b, p)
        p += 8
      }
      if (sizes.o === U32_MAX) sizes.o = u64(b, p)
      return
    }
    at += 4 + len
  }
}

const utf8 = new TextDecoder('utf-8')

/**
 * Lists a zip's entries from its central directory without inflating
 * anything, so size checks cost microseconds even for a 100 MB file.
 * A directory or entry that runs past the end of the file means truncation.
 */
export function readZipDirectory(b: Uint8Array, maxEntries: number): ZipEntry[] {
  const eocd = findEocd(b)
  const dir = readDirectoryLocation(b, eocd)
  if (dir.count > maxEntries) throw new SheetError('sheet.zip-bomb', { entries: dir.count })
  if (dir.offset + dir.size > b.length) throw new SheetError('sheet.truncated')
  const entries: ZipEntry[] = []
  let at = dir.offset
  for (let i = 0; i < dir.count; i++) {
    if (u32(b, at) !== CENTRAL_SIGNATURE) throw new SheetError('sheet.corrupt')
    const flags = u16(b, at + 8)
    const method = u16(b, at + 10)
    const nameLength = u16(b, at + 28)
    const extraLength = u16(b, at + 30)
    const commentLength = u16(b, at + 32)
    const sizes = { c: u32(b, at + 20), u: u32(b, at + 24), o: u32(b, at + 42) }
    const nameStart = at + 46
    if (nameStart + nameLength + extraLength > b.length) throw new SheetError('sheet.truncated')
    const name = utf8.decode(b.subarray(nameStart, nameStart + nameLength))
    applyZip64Extra(b, nameStart + nameLength, nameStart + nameLength + extraLength, sizes)
    if (u32(b, sizes.o) !== LOCAL_SIGNATURE) throw new SheetError('sheet.corrupt')
    const dataOffset = sizes.o + 30 + u16(b, sizes.o + 26) + u16(b, sizes.o + 28)
    if (dataOffset + sizes.c > b.length) throw new SheetError('sheet.truncated')
    entries.push({ name, method, flags, compressedSize: sizes.c, uncompressedSize: sizes.u, dataOffset })
    at = nameStart + nameLength + extraLength + commentLength
  }
  return entries
}
