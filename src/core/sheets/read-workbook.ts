import * as XLSX from 'xlsx'
import type { ParsingOptions, WorkBook, WorkSheet } from 'xlsx'
import type { SheetSummary, SheetTable } from '../../shared/sheet'
import { TableBuilder } from './build-table'
import { cellText } from './cell-text'
import { countSheetRows } from './count-sheet-rows'
import { SheetError } from './errors'
import type { SheetLimits } from './limits'
import { defaultSheetName, tableRowCount } from './row-count'
import type { RowStream } from './row-stream'
import { sheetCellRows } from './sheet-cells'

/** Workbook formats SheetJS parses for us (CSV/TSV never reach it; see delimited-text). */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods'

// Only values: no formulas (but see readOptions), HTML, styles or macros, which cost memory and widen the attack surface.
// cellNF keeps number formats, needed to spot dates and zero-padded codes.
const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  bookVBA: false,
  cellNF: true,
  cellDates: false
}

/** SheetJS throws plain Errors (and sometimes strings); sort them into our codes. */
function translate(err: unknown): SheetError {
  if (err instanceof SheetError) return err
  const text = err instanceof Error ? err.message : String(err)
  if (/password|encrypt/i.test(text)) return new SheetError('sheet.encrypted')
  if (err instanceof RangeError && /string length|array length|allocation failed/i.test(text)) {
    return new SheetError('sheet.out-of-memory')
  }
  return new SheetError('sheet.corrupt')
}

/**
 * An .ods keeps its formulas' text: Google Sheets caches =TRUE() and =FALSE()
 * as float 1 and 0, and only the formula tells those booleans from numbers
 * (see cellText). .xlsx and .xls mark booleans themselves.
 */
function readOptions(format: WorkbookFormat, sheets: ParsingOptions['sheets'] | null): ParsingOptions {
  return { ...READ_OPTIONS, ...(format === 'ods' ? { cellFormula: true } : {}), ...(sheets === null ? {} : { sheets }) }
}

function parse(bytes: Uint8Array, format: WorkbookFormat, sheets: ParsingOptions['sheets'] | null): WorkBook {
  try {
    return XLSX.read(bytes, readOptions(format, sheets))
  } catch (err) {
    throw translate(err)
  }
}

/**
 * Sheet names in workbook order, hidden ones apart: users never see those in
 * Excel. SheetJS marks them for .xlsx and .xls; `hiddenNames` adds the ones
 * it cannot see (an .ods hides sheets through styles, see ods-hidden-sheets).
 */
function sheetVisibility(wb: WorkBook, hiddenNames: ReadonlySet<string>): { all: string[]; visible: string[] } {
  const all = wb.SheetNames.slice()
  if (all.length === 0) throw new SheetError('sheet.no-sheets')
  const visible = all.filter((name, i) => !wb.Workbook?.Sheets?.[i]?.Hidden && !hiddenNames.has(name))
  // A workbook whose every sheet is hidden cannot come from Excel; show them all rather than nothing.
  return { all, visible: visible.length > 0 ? visible : all }
}

/**
 * The parsed sheet, or a refusal. SheetJS swallows errors inside one sheet
 * (a bad shared-string index, say) and simply leaves that sheet out, which
 * would otherwise look like an empty sheet. The checks also keep sheet names
 * like '__proto__' or 'toString' from resolving to inherited members.
 */
function parsedSheet(wb: WorkBook, name: string): WorkSheet {
  const ws: unknown = wb.Sheets[name]
  if (typeof ws !== 'object' || ws === null || ws === Object.prototype) throw new SheetError('sheet.corrupt')
  return ws as WorkSheet
}

function toTable(ws: WorkSheet, sheetName: string, date1904: boolean, limits: SheetLimits, stream: RowStream | undefined): SheetTable {
  const builder = new TableBuilder(limits, stream)
  // Walk the cells that exist, never the declared range: a file may claim A1:XFD1048576.
  const data = sheetCellRows(ws)
  for (let r = 0; r < data.length; r++) {
    const row = data[r]
    if (row) builder.add(r + 1, Array.from(row, (cell) => cellText(cell, date1904)))
  }
  return builder.finish(sheetName)
}

/** What reading a workbook produced: the sheets to offer, and the chosen sheet's table if one was asked for. */
export interface WorkbookRead {
  readonly sheetNames: readonly string[]
  readonly sheets: readonly SheetSummary[]
  readonly table: SheetTable | null
}

/** Every visible sheet with its rows under a header, counted without building any table. */
function summarize(wb: WorkBook, visible: readonly string[], date1904: boolean): SheetSummary[] {
  return visible.map((name) => ({ name, rowCount: countSheetRows(parsedSheet(wb, name), date1904) }))
}

/**
 * Lists a workbook's visible sheets with their row counts and, when
 * `wantTable`, reads one sheet into a table: the named one, else the first
 * visible one with rows under a header (defaultSheetName). Every sheet is
 * parsed once and only the chosen one becomes a table. Read by name, an
 * .xlsx has only that sheet parsed, and the other sheets are not counted.
 * `hiddenNames` names sheets hidden in ways SheetJS does not report.
 */
export function readWorkbook(
  bytes: Uint8Array,
  format: WorkbookFormat,
  wantTable: boolean,
  sheetName: string | undefined,
  limits: SheetLimits,
  hiddenNames: ReadonlySet<string> = new Set(),
  /** Where the chosen sheet's rows go as they are read (see TableBuilder). */
  stream?: RowStream
): WorkbookRead {
  const byName = wantTable && sheetName !== undefined
  const wb = parse(bytes, format, format === 'xlsx' && byName ? sheetName : null)
  const { all, visible } = sheetVisibility(wb, hiddenNames)
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
  // SheetJS matches sheet names case-insensitively; the user picked an exact one.
  if (byName && !all.includes(sheetName)) throw new SheetError('sheet.sheet-not-found', { sheetName })
  if (byName) {
    const table = toTable(parsedSheet(wb, sheetName), sheetName, date1904, limits, stream)
    const sheets = visible.map((name) => ({ name, rowCount: name === sheetName ? tableRowCount(table) : null }))
    return { sheetNames: visible, sheets, table }
  }
  const sheets = summarize(wb, visible, date1904)
  if (!wantTable) return { sheetNames: visible, sheets, table: null }
  const chosen = defaultSheetName(sheets) ?? (visible[0] as string)
  return { sheetNames: visible, sheets, table: toTable(parsedSheet(wb, chosen), chosen, date1904, limits, stream) }
}
