import * as XLSX from 'xlsx'
import type { CellObject, WorkSheet } from 'xlsx'
import { AppError } from '../../shared/errors'
import { columnWidths } from './column-widths'
import type { ReportCell, ReportGrid } from './report-grid'
import { excelSheetName } from './sheet-name'

// Excel's '@' (Text) format: what staff type into these cells later stays text too ('000123').
const TEXT_FORMAT = '@'
// The most characters Excel keeps in one cell.
const MAX_CELL_TEXT = 32_767

/*
 * In an .xlsx file, `_x0041_` means 'A': the format's escape for characters
 * XML cannot hold. SheetJS writes a literal `_x0041_` unchanged, so it would
 * come back as 'A'. Escaping the underscore itself (`_x005F_`) keeps such
 * text exact in Excel and in Sheetport's reader.
 */
const OOXML_ESCAPE_LOOKALIKE = /_(?=x[0-9a-fA-F]{4}_)/g

function textCell(text: string, formatAsText: boolean): CellObject {
  if (text.length > MAX_CELL_TEXT) {
    throw new AppError(
      'report.cell-too-long',
      'A cell holds more than 32,767 characters, more than Excel allows in one cell. Save the report as .csv instead.',
      { limit: MAX_CELL_TEXT }
    )
  }
  const v = text.replace(OOXML_ESCAPE_LOOKALIKE, '_x005F_')
  return formatAsText ? { t: 's', v, z: TEXT_FORMAT } : { t: 's', v }
}

function cellObject(cell: ReportCell, formatAsText: boolean): CellObject {
  return typeof cell === 'number' ? { t: 'n', v: cell } : textCell(cell, formatAsText)
}

function worksheet(grid: ReportGrid): WorkSheet {
  const data = grid.rows.map((row) => row.map((cell, c) => cellObject(cell, c < grid.originalWidth)))
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 1)
  return {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, data.length - 1), c: width - 1 } }),
    '!cols': columnWidths(grid.rows).map((wch) => ({ wch }))
  }
}

/**
 * A grid as an .xlsx workbook with one sheet named after the source sheet
 * (made acceptable to Excel). Every text is a text cell, never a number or
 * a date, so '000123', '2024-03-01' and Hangul come back exactly as written.
 * SheetJS Community Edition writes no cell styles or frozen panes, so the
 * header row is neither bold nor frozen.
 */
export function reportXlsxBytes(grid: ReportGrid, sheetName: string): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, worksheet(grid), excelSheetName(sheetName))
  const out: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true })
  if (!(out instanceof ArrayBuffer)) throw new Error('SheetJS did not return an ArrayBuffer')
  return new Uint8Array(out)
}
