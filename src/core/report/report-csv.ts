import type { ReportCell } from './report-grid'

// Excel on Korean Windows reads a CSV as CP949 unless it starts with a UTF-8 byte-order mark.
const UTF8_BOM = [0xef, 0xbb, 0xbf]

/*
 * RFC 4180 quotes fields holding a comma, a quote or a line break. Semicolons
 * and tabs are quoted too: unquoted, they could make a reader that guesses
 * the separator (Sheetport's own, Excel in some locales) pick the wrong one.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/

function csvField(cell: ReportCell): string {
  const text = typeof cell === 'number' ? String(cell) : cell
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A grid as CSV bytes: UTF-8 with a byte-order mark (so Excel shows Hangul),
 * comma-separated, CRLF line ends, RFC 4180 quoting. Every value is written
 * exactly, so reading the file back gives the same texts.
 */
export function reportCsvBytes(rows: readonly (readonly ReportCell[])[]): Uint8Array {
  const text = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
  const body = new TextEncoder().encode(text)
  const bytes = new Uint8Array(UTF8_BOM.length + body.length)
  bytes.set(UTF8_BOM)
  bytes.set(body, UTF8_BOM.length)
  return bytes
}
