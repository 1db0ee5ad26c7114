import type { SheetRow, SheetTable } from '../../shared/sheet'

// Header rows sit near the top; anything lower is data that merely looks like one.
const HEADER_SEARCH_ROWS = 20
// A header labels (nearly) every column in use.
const MIN_WIDTH_SHARE = 0.8
// Headers are words; data rows are often mostly numbers, dates and codes.
const MIN_TEXT_SHARE = 0.5
// Header labels are distinct; a "required / optional" guidance row repeats itself.
const MIN_DISTINCT_SHARE = 0.8

const NUMERIC = /^[-+]?[₩$€£¥]?(?:\d[\d,]*)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/
const ISO_DATE_OR_TIME = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?|\d{2}:\d{2}:\d{2})$/

function looksLikeValue(text: string): boolean {
  return (/\d/.test(text) && NUMERIC.test(text)) || ISO_DATE_OR_TIME.test(text)
}

function filled(row: SheetRow): string[] {
  return row.cells.filter((c) => c !== '')
}

/**
 * Finds the header row below any title rows: among the first rows, the first
 * one that fills nearly as many columns as the widest row, with mostly
 * non-numeric, distinct texts. A merged title ('2024 가을 신상품 목록') fills
 * one cell and is skipped. Falls back to the first row.
 */
export function detectHeaderIndex(rows: readonly SheetRow[]): number {
  const sample = rows.slice(0, HEADER_SEARCH_ROWS)
  const widest = Math.max(0, ...sample.map((r) => filled(r).length))
  for (let i = 0; i < sample.length; i++) {
    const texts = filled(sample[i] as SheetRow)
    if (texts.length === 0 || texts.length < Math.ceil(widest * MIN_WIDTH_SHARE)) continue
    const words = texts.filter((t) => !looksLikeValue(t)).length
    if (words / texts.length < MIN_TEXT_SHARE) continue
    if (new Set(texts).size / texts.length < MIN_DISTINCT_SHARE) continue
    return i
  }
  return 0
}

/**
 * The same table with a different header row, for when the user overrides
 * the automatic choice. Throws RangeError for an index that names no row.
 */
export function withHeaderAt(table: SheetTable, index: number): SheetTable {
  const valid = Number.isInteger(index) && index >= 0 && (index < table.rows.length || (index === 0 && table.rows.length === 0))
  if (!valid) throw new RangeError(`Header row ${index} is outside the sheet's ${table.rows.length} rows`)
  return { ...table, headerIndex: index }
}

/** The header row's texts, one per column (the column names the user maps to fields). */
export function headerCells(table: SheetTable): readonly string[] {
  return table.rows[table.headerIndex]?.cells ?? []
}

/** The rows below the header: what gets imported. Title rows above the header are excluded. */
export function dataRows(table: SheetTable): readonly SheetRow[] {
  return table.rows.slice(table.headerIndex + 1)
}
