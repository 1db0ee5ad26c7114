import type { CellObject } from 'xlsx'
import { dateToIso, excelSerialToIso, serialAsShown } from './excel-date'
import { dateTimeShape, firstSection, isPercentFormat, type DateTimeShape } from './number-format'
import { ssf } from './sheetjs'

/**
 * Plain decimal text of a number, as Excel would show it with enough room:
 * 15 significant digits (Excel's own precision, which hides float noise like
 * 0.30000000000000004) and never an exponent or thousands separator, so
 * 10000 is '10000' and 1e21 is '1000000000000000000000'.
 */
export function plainNumberText(n: number): string {
  // Most numbers in a sheet are whole and short: their text is just their digits.
  if (Number.isSafeInteger(n) && Math.abs(n) < 1e15) return String(n)
  if (!Number.isFinite(n)) return ''
  const rounded = Number(n.toPrecision(15))
  if (rounded === 0) return '0'
  const text = String(rounded)
  return text.includes('e') ? expandExponent(text) : text
}

/** Rewrites JavaScript's '1.5e+21' / '1e-7' forms as positional digits. */
function expandExponent(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!m) return text
  const sign = m[1] ?? ''
  const digits = (m[2] ?? '') + (m[3] ?? '')
  const exp = Number(m[4])
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
  const intLength = exp + 1
  if (digits.length <= intLength) return sign + digits + '0'.repeat(intLength - digits.length)
  return `${sign}${digits.slice(0, intLength)}.${digits.slice(intLength)}`
}

/**
 * True for formats that pad with zeros or lay digits out as a code, like
 * '000000' (product codes, postal codes) or '000-0000-0000' (phone numbers):
 * there the displayed text, not the number, is what the shop means.
 */
export function isZeroPaddedFormat(format: string): boolean {
  const core = firstSection(format)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
  return /^[0\-\s()]+$/.test(core) && (core.match(/0/g)?.length ?? 0) >= 2
}

function formatText(z: CellObject['z']): string | null {
  if (typeof z === 'string') return z
  if (typeof z === 'number') return ssf.get_table()[z] ?? null
  return null
}

function isDateFormat(format: string): boolean {
  try {
    return ssf.is_date(format)
  } catch {
    return false
  }
}

/** What a number format makes of a number, decided once per format text. */
type FormatReading = { readonly kind: 'date'; readonly shape: DateTimeShape } | { readonly kind: 'percent' | 'padded' | 'plain' }

const FORMAT_READINGS = new Map<string, FormatReading>()
// A hostile file may hold any number of distinct formats; past this many, they are read afresh each time.
const MAX_REMEMBERED_FORMATS = 10_000

function readFormat(format: string): FormatReading {
  if (isDateFormat(format)) return { kind: 'date', shape: dateTimeShape(format) }
  if (isPercentFormat(format)) return { kind: 'percent' }
  return { kind: isZeroPaddedFormat(format) ? 'padded' : 'plain' }
}

function formatReading(format: string): FormatReading {
  const known = FORMAT_READINGS.get(format)
  if (known) return known
  const reading = readFormat(format)
  if (FORMAT_READINGS.size < MAX_REMEMBERED_FORMATS) FORMAT_READINGS.set(format, reading)
  return reading
}

function numberCellText(cell: CellObject, value: number, date1904: boolean): string {
  const format = formatText(cell.z)
  if (format !== null && format !== 'General') {
    const reading = formatReading(format)
    if (reading.kind === 'date') return serialAsShown(value, reading.shape, date1904) ?? plainNumberText(value)
    if (reading.kind === 'percent') return percentText(value)
    if (reading.kind === 'padded') {
      if (typeof cell.w === 'string') return cell.w
      try {
        return ssf.format(format, value, { date1904 })
      } catch {
        return plainNumberText(value)
      }
    }
  }
  // SheetJS's .ods reader gives a percentage cell no format, only the text it shows ('200,00%').
  if (format === null && typeof cell.w === 'string' && /%\s*$/.test(cell.w)) return percentText(value)
  return plainNumberText(value)
}

/**
 * A percent cell as the percent it shows, in full: 0.15 → '15%', 0.12345
 * → '12.345%' (Excel may show 12%, but the value is what counts, as for
 * any number). Kept as text with its % so a percent field can take 15 and
 * any other number field 0.15 (see mapping/percent.ts), exactly as for a
 * '15%' typed into a CSV.
 */
function percentText(value: number): string {
  const percent = value * 100
  return Number.isFinite(percent) ? `${plainNumberText(percent)}%` : plainNumberText(value)
}

/**
 * True for a number cell that is really a boolean: its whole formula is
 * TRUE() or FALSE() and its cached value 1 or 0. Google Sheets' .ods export
 * caches those as floats; Google Sheets and Excel show TRUE and FALSE there.
 * Only .ods cells carry formulas here (see read-workbook's readOptions).
 */
function isLogicalConstant(cell: CellObject, value: number): boolean {
  return typeof cell.f === 'string' && (value === 0 || value === 1) && /^\s*(?:TRUE|FALSE)\(\s*\)\s*$/i.test(cell.f)
}

/** Excel's error codes (the cell's value) and the text it shows for each. */
const ERROR_TEXT: ReadonlyMap<number, string> = new Map([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA']
])

/** The error an error cell shows: its own display text, else the one its code stands for. */
function errorText(cell: CellObject): string {
  if (typeof cell.w === 'string' && cell.w.startsWith('#')) return cell.w
  return (typeof cell.v === 'number' ? ERROR_TEXT.get(cell.v) : undefined) ?? '#VALUE!'
}

/**
 * The text a SheetJS cell stands for: strings as they are, numbers as plain
 * decimals (or their zero-padded display), percent-formatted numbers as
 * percents ('15%'), date- and time-formatted numbers as ISO dates and times
 * shaped by what their format shows (serialAsShown), booleans as TRUE/FALSE
 * (so is an .ods =TRUE()/=FALSE() cached as 1/0, see isLogicalConstant), errors as Excel shows them (#DIV/0!: kept,
 * so a row with a broken formula is flagged, not emptied), blanks as ''.
 * Formula cells arrive with their cached value, which is what this reads.
 */
export function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (!cell) return ''
  const v = cell.v
  switch (cell.t) {
    case 'n':
      if (typeof v !== 'number') return String(v ?? '')
      if (isLogicalConstant(cell, v)) return v ? 'TRUE' : 'FALSE'
      return numberCellText(cell, v, date1904)
    case 's':
      return typeof v === 'string' ? v : String(v ?? '')
    case 'b':
      return v ? 'TRUE' : 'FALSE'
    case 'd':
      if (v instanceof Date) return dateToIso(v) ?? ''
      if (typeof v === 'number') return excelSerialToIso(v, date1904) ?? plainNumberText(v)
      return String(v ?? '')
    case 'e':
      return errorText(cell)
    default:
      return ''
  }
}
