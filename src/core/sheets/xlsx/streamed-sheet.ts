import { Inflate } from 'fflate'
import { SheetError } from '../errors'
import type { SheetLimits } from '../limits'
import type { ZipEntry } from '../zip-directory'
import { SheetRowScanner, type RowSink, type SheetContext } from './sheet-rows'
import { XlsxShortcutUnavailable } from './unsupported'

/** How much compressed data is inflated at a time (fflate hands over what each push inflated as one piece). */
const FEED_BYTES = 1024 * 1024
const OPEN = Buffer.from('<sheetData', 'latin1')
const PREFIXED_OPEN = Buffer.from(':sheetData', 'latin1')
const CLOSE = Buffer.from('</sheetData>', 'latin1')
const ROW_END = Buffer.from('</row>', 'latin1')

/**
 * Reads a large worksheet part's rows while inflating it, so the sheet's
 * XML (600 MB for a million rows of inline text) never sits in memory
 * whole: each inflated piece is scanned up to its last complete row and the
 * rest carried into the next. Held to the entry's declared size like every
 * other part (zip-guard.ts): inflating past it is a zip bomb.
 */
export function readStreamedSheetRows(bytes: Uint8Array, entry: ZipEntry, limits: SheetLimits, context: SheetContext, sink: RowSink, feedBytes: number = FEED_BYTES): void {
  const scanner = new SheetRowScanner(context, sink)
  let carry: Buffer = Buffer.alloc(0)
  let produced = 0
  let state: 'before' | 'rows' | 'after' = 'before'
  const take = (piece: Uint8Array): void => {
    produced += piece.length
    if (produced > entry.uncompressedSize) throw new SheetError('sheet.zip-bomb', { limitMb: Math.round(limits.maxUncompressedBytes / (1024 * 1024)) })
    if (state === 'after') return
    carry = carry.length === 0 ? Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength) : Buffer.concat([carry, piece])
    if (state === 'before') {
      const open = carry.indexOf(OPEN)
      if (open < 0) {
        if (carry.indexOf(PREFIXED_OPEN) >= 0) throw new XlsxShortcutUnavailable('sheetData has a namespace prefix')
        carry = Buffer.from(carry.subarray(Math.max(0, carry.length - OPEN.length - 16)))
        return
      }
      carry = Buffer.from(carry.subarray(open))
      state = 'rows'
    }
    const close = carry.indexOf(CLOSE)
    if (close >= 0) {
      scanner.scan(carry.toString('utf8', 0, close))
      carry = Buffer.alloc(0)
      state = 'after'
      return
    }
    const cut = carry.lastIndexOf(ROW_END)
    if (cut < 0) return
    scanner.scan(carry.toString('utf8', 0, cut + ROW_END.length))
    // A copy: the inflater may reuse the memory of the piece it handed over.
    carry = Buffer.from(carry.subarray(cut + ROW_END.length))
  }
  const inflate = new Inflate((piece) => take(piece))
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  try {
    for (let at = 0; at < data.length; at += feedBytes) inflate.push(data.subarray(at, at + feedBytes), at + feedBytes >= data.length)
  } catch (err) {
    if (err instanceof SheetError || err instanceof XlsxShortcutUnavailable) throw err
    throw new SheetError('sheet.corrupt')
  }
  if (produced !== entry.uncompressedSize) throw new SheetError('sheet.corrupt')
  scanner.finish()
}
