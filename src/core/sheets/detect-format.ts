import { SheetError } from './errors'

/**
 * The kind of container a file really is, judged by its bytes rather than its
 * name: shop staff rename files, and web admin pages hand out HTML named .xls.
 */
export type Container = 'zip' | 'cfb' | 'biff' | 'text'

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const
// How much of a text file is sampled to decide it is text; enough to see past a long header line.
const TEXT_SAMPLE_BYTES = 64 * 1024
// Share of stray control bytes tolerated in text (a few appear in real exports; binaries are full of them).
const MAX_CONTROL_SHARE = 0.005
const HTML_START = /^(?:<\?xml|<!doctype\s+html|<html|<table|<head|<body|<meta|<style|<!--)/i

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b)
}

/** UTF-16 text is full of NUL bytes, so the binary test must not run on it. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
}

/** Binary files (executables, images, archives) contain NULs and C0 control bytes that text never does. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, TEXT_SAMPLE_BYTES)
  let controls = 0
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    // Tab, LF, VT, FF, CR and DOS's end-of-file 0x1A are legitimate in text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) controls++
  }
  return controls > end * MAX_CONTROL_SHARE
}

/** BOF record ids of the Excel 2.x, 3.x and 4.x worksheet files, which are bare record streams, not OLE containers. */
const BARE_BIFF_BOF: ReadonlySet<number> = new Set([0x0009, 0x0209, 0x0409])

/**
 * An old Excel (2.x–4.x) .xls: it starts with a BOF record (id, then a short
 * length) rather than an OLE header. Still written by some legacy systems;
 * SheetJS reads it.
 */
function looksLikeBareBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false
  const id = (bytes[0] as number) | ((bytes[1] as number) << 8)
  const length = (bytes[2] as number) | ((bytes[3] as number) << 8)
  return BARE_BIFF_BOF.has(id) && length >= 4 && length <= 16 && bytes.length >= 4 + length
}

/** Web pages and XML "spreadsheets" saved as .xls start with markup; they are not CSV and not supported. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  const head = String.fromCharCode(...bytes.subarray(i, i + 16))
  return HTML_START.test(head)
}

/**
 * Decides the container from magic bytes, refusing empty, binary and
 * markup files before any parser sees them.
 */
export function detectContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) throw new SheetError('sheet.empty-file')
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // PK\3\4 (a local file header) or PK\5\6 (an empty archive); anything else starting "PK" is text.
    if (bytes.length < 4) throw new SheetError('sheet.truncated')
    if ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06)) return 'zip'
  }
  if (bytes.length < CFB_MAGIC.length && [...bytes].every((b, i) => CFB_MAGIC[i] === b)) throw new SheetError('sheet.truncated')
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb'
  if (looksLikeBareBiff(bytes)) return 'biff'
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) throw new SheetError('sheet.unsupported-format')
  if (looksLikeMarkup(bytes)) throw new SheetError('sheet.html-file')
  return 'text'
}
