import * as XLSX from 'xlsx'
import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from 'xlsx'
import type { SheetTable } from '../../shared/sheet'
import { TableBuilder } from './build-table'
import { cellText } from './cell-text'
import { SheetError } from './errors'
import type { SheetLimits } from './limits'

/** Workbook formats SheetJS parses for us (CSV/TSV never reach it; see delimited-text). */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods'

// Only values: no formulas, HTML, styles or macros, which cost memory and widen the attack surface.
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

function parse(bytes: Uint8Array, sheets: ParsingOptions['sheets'] | null): WorkBook {
  try {
    return XLSX.read(bytes, sheets === null ? READ_OPTIONS : { ...READ_OPTIONS, sheets })
  } catch (err) {
    throw translate(err)
  }
}

/** Sheet names in workbook order, hidden ones apart: users never see those in Excel. */
function sheetVisibility(wb: WorkBook): { all: string[]; visible: string[] } {
  const all = wb.SheetNames.slice()
  if (all.length === 0) throw new SheetError('sheet.no-sheets')
  const visible = all.filter((_, i) => !wb.Workbook?.Sheets?.[i]?.Hidden)
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

function toTable(ws: WorkSheet, sheetName: string, date1904: boolean, limits: SheetLimits): SheetTable {
  const builder = new TableBuilder(limits)
  // Walk the cells that exist, never the declared range: a file may claim A1:XFD1048576.
  const data: (CellObject[] | undefined)[] = ws['!data'] ?? []
  for (let r = 0; r < data.length; r++) {
    const row = data[r]
    if (row) builder.add(r + 1, Array.from(row, (cell) => cellText(cell, date1904)))
  }
  return builder.finish(sheetName)
}

/** What reading a workbook produced: the names to offer, and the chosen sheet's table if one was asked for. */
export interface WorkbookRead {
  readonly sheetNames: readonly string[]
  readonly table: SheetTable | null
}

/**
 * Lists a workbook's sheets and, when `wantTable`, reads one sheet into a
 * table: the named one, else the first visible one. For .xlsx only the chosen
 * sheet is parsed (a first pass parses none, to learn which are hidden);
 * SheetJS parses every sheet of .xls and .ods regardless.
 */
export function readWorkbook(
  bytes: Uint8Array,
  format: WorkbookFormat,
  wantTable: boolean,
  sheetName: string | undefined,
  limits: SheetLimits
): WorkbookRead {
  const listOnly: ParsingOptions['sheets'] = []
  let wb = parse(bytes, format === 'xlsx' ? (sheetName ?? listOnly) : null)
  const { all, visible } = sheetVisibility(wb)
  if (!wantTable) return { sheetNames: visible, table: null }
  // SheetJS matches sheet names case-insensitively; the user picked an exact one.
  if (sheetName !== undefined && !all.includes(sheetName)) throw new SheetError('sheet.sheet-not-found', { sheetName })
  const chosen = sheetName ?? (visible[0] as string)
  if (format === 'xlsx' && sheetName === undefined) wb = parse(bytes, chosen)
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
  return { sheetNames: visible, table: toTable(parsedSheet(wb, chosen), chosen, date1904, limits) }
}
