import type { SheetSummary, SheetTable } from '../../../shared/sheet'
import { TableBuilder } from '../build-table'
import { SheetRowCounter } from '../count-sheet-rows'
import { SheetError, type SheetErrorCode } from '../errors'
import type { SheetLimits } from '../limits'
import type { WorkbookRead } from '../read-workbook'
import { tableRowCount } from '../row-count'
import type { RowStream } from '../row-stream'
import type { ZipEntry } from '../zip-directory'
import { inflateEntry } from '../zip-guard'
import { cellStyleFormats } from './number-formats'
import { readXlsxPackage, type PackageSheet } from './package-parts'
import { readSharedStrings } from './shared-strings'
import { readSheetRows, type RowSink, type SheetContext } from './sheet-rows'
import { readStreamedSheetRows } from './streamed-sheet'

const DEFLATED = 8
// A sheet part larger than this (about 500,000 rows) is read while it inflates (streamed-sheet.ts), slower but without holding its XML whole; smaller ones inflate at once.
const STREAM_ABOVE_BYTES = 256 * 1024 * 1024

// Refusals that do not depend on how the file is read: it is simply too big.
const LIMIT_CODES: ReadonlySet<SheetErrorCode> = new Set(['sheet.too-many-rows', 'sheet.too-many-columns', 'sheet.too-much-text', 'sheet.zip-bomb'])

class XlsxBook {
  private context: SheetContext | null = null

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: SheetLimits,
    private readonly date1904: boolean,
    private readonly styles: ZipEntry | null,
    private readonly sharedStrings: ZipEntry | null,
    private readonly options: Required<Pick<XlsxReadOptions, 'streamAboveBytes'>> & Pick<XlsxReadOptions, 'stream'>
  ) {}

  /** Shared strings and styles, read when the first sheet is. */
  private sheetContext(): SheetContext {
    this.context ??= {
      sharedStrings: readSharedStrings(this.sharedStrings && inflateEntry(this.bytes, this.sharedStrings, this.limits)),
      styleFormats: cellStyleFormats(this.styles && inflateEntry(this.bytes, this.styles, this.limits).toString('utf8')),
      date1904: this.date1904,
      maxColumns: this.limits.maxColumns
    }
    return this.context
  }

  private read(sheet: PackageSheet, sink: RowSink): void {
    const entry = sheet.entry
    // A chart sheet shows a chart, never cells: it reads as empty.
    if (entry === null) return
    if (entry.method === DEFLATED && entry.uncompressedSize > this.options.streamAboveBytes) readStreamedSheetRows(this.bytes, entry, this.limits, this.sheetContext(), sink)
    else readSheetRows(inflateEntry(this.bytes, entry, this.limits), this.sheetContext(), sink)
  }

  table(sheet: PackageSheet): SheetTable {
    const builder = new TableBuilder(this.limits, this.options.stream)
    this.read(sheet, (rowNumber, texts) => builder.add(rowNumber, texts))
    return builder.finish(sheet.name)
  }

  count(sheet: PackageSheet): number {
    const counter = new SheetRowCounter()
    this.read(sheet, (rowNumber, texts) => counter.add(rowNumber, texts))
    return counter.count()
  }
}

/** The visible sheets, or every sheet when all are hidden (as read-workbook shows them). */
function visibleSheets(sheets: readonly PackageSheet[]): readonly PackageSheet[] {
  if (sheets.length === 0) throw new SheetError('sheet.no-sheets')
  const visible = sheets.filter((s) => !s.hidden)
  return visible.length > 0 ? visible : sheets
}

function summaries(sheets: readonly PackageSheet[], rowCount: (sheet: PackageSheet) => number | null): SheetSummary[] {
  return sheets.map((sheet) => ({ name: sheet.name, rowCount: rowCount(sheet) }))
}

/**
 * The first visible sheet with rows under a header as a table, with every
 * visible sheet's count: sheets before it are built (and found to have no
 * rows, so they are small), sheets after it only counted, so at most one
 * large table exists at a time. With none, the first visible sheet's table.
 */
function readDefaultSheet(book: XlsxBook, visible: readonly PackageSheet[]): WorkbookRead {
  const counts = new Map<PackageSheet, number>()
  let first: SheetTable | null = null
  let chosen: SheetTable | null = null
  for (const sheet of visible) {
    if (chosen) {
      counts.set(sheet, book.count(sheet))
      continue
    }
    const table = book.table(sheet)
    const rows = tableRowCount(table)
    counts.set(sheet, rows)
    first ??= table
    if (rows > 0) chosen = table
  }
  const sheets = summaries(visible, (sheet) => counts.get(sheet) ?? 0)
  return { sheetNames: visible.map((s) => s.name), sheets, table: chosen ?? first }
}

function readBook(bytes: Uint8Array, entries: readonly ZipEntry[], wantTable: boolean, sheetName: string | undefined, limits: SheetLimits, options: XlsxReadOptions): WorkbookRead {
  const pkg = readXlsxPackage(bytes, entries, limits)
  const visible = visibleSheets(pkg.sheets)
  const book = new XlsxBook(bytes, limits, pkg.date1904, pkg.styles, pkg.sharedStrings, { streamAboveBytes: options.streamAboveBytes ?? STREAM_ABOVE_BYTES, stream: options.stream })
  const sheetNames = visible.map((s) => s.name)
  if (wantTable && sheetName !== undefined) {
    const named = pkg.sheets.find((s) => s.name === sheetName)
    if (!named) throw new SheetError('sheet.sheet-not-found', { sheetName })
    const table = book.table(named)
    return { sheetNames, sheets: summaries(visible, (s) => (s === named ? tableRowCount(table) : null)), table }
  }
  if (!wantTable) return { sheetNames, sheets: summaries(visible, (s) => book.count(s)), table: null }
  return readDefaultSheet(book, visible)
}

/** How readXlsxWorkbook reads beyond its limits. */
export interface XlsxReadOptions {
  /** Sheet parts above this size are read while they inflate; tests lower it. */
  readonly streamAboveBytes?: number
  /** Where the table's rows go as they are read (see TableBuilder). When the shortcut gives up, the stream is restarted before SheetJS reads. */
  readonly stream?: RowStream
}

/**
 * Reads an .xlsx the way readWorkbook does with SheetJS (same sheets, counts
 * and cell texts), several times faster and in a fraction of the memory: it
 * inflates only the parts it needs, scans the sheet XML in chunks of whole
 * rows, and never builds a cell object per cell for a whole sheet. Returns
 * null when the file uses something it leaves to SheetJS (see
 * XlsxShortcutUnavailable in ./unsupported) or looks damaged: SheetJS then
 * reads it and the refusal, if any, is the one it has always given. Only a
 * file past a size limit is refused here.
 */
export function readXlsxWorkbook(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  wantTable: boolean,
  sheetName: string | undefined,
  limits: SheetLimits,
  options: XlsxReadOptions = {}
): WorkbookRead | null {
  try {
    return readBook(bytes, entries, wantTable, sheetName, limits, options)
  } catch (err) {
    if (err instanceof SheetError && LIMIT_CODES.has(err.code)) throw err
    // A damaged part, XlsxShortcutUnavailable, anything unforeseen: SheetJS reads the file and gives its own answer.
    options.stream?.restart()
    return null
  }
}
