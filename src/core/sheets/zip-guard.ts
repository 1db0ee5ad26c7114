import { inflateRawSync } from 'node:zlib'
import { SheetError } from './errors'
import type { SheetLimits } from './limits'
import type { ZipEntry } from './zip-directory'

const STORED = 0
const DEFLATED = 8
const ENCRYPTED_FLAG = 0x0001
// Small entries may compress absurdly well (a run of identical styles) without being dangerous.
const RATIO_MIN_BYTES = 1024 * 1024
const MB = 1024 * 1024

function bomb(limits: SheetLimits): SheetError {
  return new SheetError('sheet.zip-bomb', { limitMb: Math.round(limits.maxUncompressedBytes / MB) })
}

/**
 * Refuses a zip from what its directory declares: too much in total, an
 * impossible compression ratio, encryption, or a method SheetJS cannot inflate.
 * Runs in the calling thread before any worker starts because it inflates nothing.
 */
export function checkZipDeclaredSizes(entries: readonly ZipEntry[], limits: SheetLimits): void {
  let total = 0
  for (const e of entries) {
    if (e.flags & ENCRYPTED_FLAG) throw new SheetError('sheet.encrypted')
    if (e.method !== STORED && e.method !== DEFLATED) throw new SheetError('sheet.unsupported-format')
    if (e.method === STORED && e.uncompressedSize !== e.compressedSize) throw new SheetError('sheet.corrupt')
    total += e.uncompressedSize
    if (total > limits.maxUncompressedBytes) throw bomb(limits)
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize)
    if (e.uncompressedSize >= RATIO_MIN_BYTES && ratio > limits.maxCompressionRatio) throw bomb(limits)
  }
}

/**
 * One entry's bytes, inflated and held to its declared size: zlib's
 * maxOutputLength aborts the entry the moment it outgrows its claim, so a
 * lie costs at most what was declared (already capped by
 * checkZipDeclaredSizes). A stored entry is returned as a view, not copied.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits: SheetLimits): Buffer {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method !== DEFLATED) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  let inflated: Buffer
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) })
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(limits)
    throw new SheetError('sheet.corrupt')
  }
  if (inflated.length > entry.uncompressedSize) throw bomb(limits)
  if (inflated.length !== entry.uncompressedSize) throw new SheetError('sheet.corrupt')
  return inflated
}

/**
 * Proves the declared sizes true by inflating every entry and dropping the
 * result, before SheetJS, which trusts the data, not the header, reads them.
 * Runs inside the worker: it costs as much CPU as inflating.
 */
export function checkZipInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[], limits: SheetLimits): void {
  for (const e of entries) if (e.method === DEFLATED) inflateEntry(bytes, e, limits)
}
