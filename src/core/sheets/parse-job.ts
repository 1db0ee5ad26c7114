import { createHash } from 'node:crypto'
import type { SheetSummary, SheetTable, WorkbookInfo } from '../../shared/sheet'
import { cfb } from './sheetjs'
import { SheetError, type SheetErrorData } from './errors'
import type { SheetLimits } from './limits'
import { odsHiddenSheets } from './ods-hidden-sheets'
import { precheck } from './precheck'
import { readText } from './read-text'
import { readWorkbook, type WorkbookFormat, type WorkbookRead } from './read-workbook'
import { tableRowCount } from './row-count'
import { checkZipInflatedSizes } from './zip-guard'
import { checkOdsNotEncrypted, zipFormat } from './zip-format'
import { readXlsxWorkbook } from './xlsx/read-xlsx'
import type { PostedRowStream } from './row-stream'

/** One unit of work for the parsing worker. */
export interface ParseRequest {
  readonly op: 'inspect' | 'read'
  readonly bytes: Uint8Array
  readonly fileName: string
  readonly sheetName?: string
  readonly limits: SheetLimits
}

/**
 * The worker's answer, after any streamed rows: a result or a translatable
 * error, both plain data. `streamedRows` rows of the table came before it
 * as batches (its own table then holds none).
 */
export type ParseResponse =
  | { readonly ok: true; readonly info: WorkbookInfo; readonly table: SheetTable | null; readonly streamedRows: number }
  | { readonly ok: false; readonly error: SheetErrorData }

interface Parsed {
  readonly format: WorkbookInfo['format']
  readonly encoding: string | null
  readonly encodingUnsure: boolean
  readonly sheetNames: readonly string[]
  readonly sheets: readonly SheetSummary[]
  readonly table: SheetTable | null
}

/** Encrypted Office files are OLE containers holding an EncryptedPackage; SheetJS cannot open them. */
function checkCfbWorkbook(bytes: Uint8Array): void {
  let entries
  try {
    entries = cfb.read(bytes, { type: 'array' }).FileIndex
  } catch {
    throw new SheetError('sheet.corrupt')
  }
  const names = new Set(entries.map((e) => e.name))
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) throw new SheetError('sheet.encrypted')
  if (!names.has('Workbook') && !names.has('Book')) throw new SheetError('sheet.unsupported-format')
  // A stream shorter than its directory entry says means the file was cut off.
  for (const e of entries) {
    if (e.type === 2 && (e.content?.length ?? 0) < e.size) throw new SheetError('sheet.truncated')
  }
}

function parse(req: ParseRequest, stream: PostedRowStream | undefined): Parsed {
  const { bytes, limits } = req
  const wantTable = req.op === 'read'
  const { container, entries } = precheck(bytes, limits)
  if (container === 'text') {
    const text = readText(bytes, req.fileName, wantTable, limits, stream)
    if (req.sheetName !== undefined && req.sheetName !== text.sheetName) {
      throw new SheetError('sheet.sheet-not-found', { sheetName: req.sheetName })
    }
    const sheets = [{ name: text.sheetName, rowCount: text.table ? tableRowCount(text.table) : null }]
    return { format: text.format, encoding: text.encoding, encodingUnsure: text.encodingUnsure, sheetNames: [text.sheetName], sheets, table: text.table }
  }
  let format: WorkbookFormat
  let hiddenNames: ReadonlySet<string> | undefined
  if (container === 'zip') {
    format = zipFormat(bytes, entries)
    if (format === 'xlsx') {
      const fast = readXlsxWorkbook(bytes, entries, wantTable, req.sheetName, limits, stream ? { stream } : {})
      if (fast) return workbookParsed(format, fast)
    }
    if (format === 'ods') checkOdsNotEncrypted(bytes, entries)
    checkZipInflatedSizes(bytes, entries, limits)
    if (format === 'ods') hiddenNames = odsHiddenSheets(bytes, entries)
  } else {
    format = 'xls'
    // An Excel 2.x–4.x file is a bare record stream: no OLE container to check.
    if (container === 'cfb') checkCfbWorkbook(bytes)
  }
  return workbookParsed(format, readWorkbook(bytes, format, wantTable, req.sheetName, limits, hiddenNames, stream))
}

function workbookParsed(format: WorkbookFormat, book: WorkbookRead): Parsed {
  return { format, encoding: null, encodingUnsure: false, sheetNames: book.sheetNames, sheets: book.sheets, table: book.table }
}

/** Object.prototype's own keys; a change after parsing means a hostile file reached it. */
function prototypeShape(): string {
  return [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|')
}

/**
 * Runs one parse from start to finish and never throws: every failure comes
 * back as error data, because exceptions do not cross a worker boundary
 * intact. Also refuses the result if parsing polluted a built-in prototype
 * (the CVE-2023-30533 class of bug), since nothing it produced can be trusted.
 * Given a stream, a large table's rows go there as they are read.
 */
export function runParseJob(req: ParseRequest, stream?: PostedRowStream): ParseResponse {
  const before = prototypeShape()
  try {
    const parsed = parse(req, stream)
    if (prototypeShape() !== before) throw new SheetError('sheet.corrupt')
    const info: WorkbookInfo = {
      fileName: req.fileName,
      format: parsed.format,
      encoding: parsed.encoding,
      ...(parsed.encodingUnsure ? { encodingUnsure: true } : {}),
      sheetNames: parsed.sheetNames,
      sheets: parsed.sheets,
      fingerprint: createHash('sha256').update(req.bytes).digest('hex'),
      sizeBytes: req.bytes.length
    }
    return { ok: true, info, table: parsed.table, streamedRows: stream?.sent ?? 0 }
  } catch (err) {
    const error = err instanceof SheetError ? err : new SheetError('sheet.internal', { detail: String(err) })
    return { ok: false, error: { code: error.code, params: { ...error.params, fileName: req.fileName } } }
  }
}
