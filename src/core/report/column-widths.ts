import type { ReportCell } from './report-grid'

// Enough rows to see how wide a column's values run, without walking a 100,000-row report.
const SAMPLE_ROWS = 500
const MIN_WIDTH = 8
const MAX_WIDTH = 60
// Room for Excel's filter button and a little air.
const PADDING = 2

/** Hangul, CJK and full-width forms take two character widths on screen. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  )
}

/** How many narrow characters wide the longest line of a cell is. */
function displayWidth(cell: ReportCell): number {
  let widest = 0
  for (const line of String(cell).split('\n')) {
    let width = 0
    for (const ch of line) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1
    widest = Math.max(widest, width)
  }
  return widest
}

/**
 * Column widths in characters (Excel's `wch`) fitted to the header and the
 * first rows, Hangul counted double, kept between 8 and 60 so a long memo
 * does not push every other column off screen.
 */
export function columnWidths(rows: readonly (readonly ReportCell[])[]): number[] {
  const widths: number[] = []
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell))
    })
  }
  return Array.from(widths, (w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (w ?? 0) + PADDING)))
}
