/**
 * Excel stores dates as day counts ("serials") and only its display format
 * says they are dates. Converting here, in UTC arithmetic, keeps the result
 * independent of the computer's time zone, which a local Date would not.
 */

import type { DateTimeShape } from './number-format'

const SECONDS_PER_DAY = 86_400
const MS_PER_DAY = SECONDS_PER_DAY * 1000
// Day 1 of the 1900 system is 1900-01-01, so day 0 is the (fictional) 1900-01-00 = 1899-12-31.
const EPOCH_1900 = Date.UTC(1899, 11, 31)
// Day 0 of the 1904 system (old Mac Excel's epoch), which has no phantom leap day.
const EPOCH_1904 = Date.UTC(1904, 0, 1)
// Excel's last date, 9999-12-31, in each system.
const MAX_DAY_1900 = 2_958_465
const MAX_DAY_1904 = MAX_DAY_1900 - 1462
// Serial 60 is 1900-02-29, a day that never existed: Lotus 1-2-3's leap-year bug, kept by Excel.
const PHANTOM_LEAP_DAY = 60

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

function utcDateText(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

function timeText(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`
}

/** The calendar date of a day count, or null past 9999-12-31; serial 60 is Excel's phantom 1900-02-29. */
function dayText(days: number, date1904: boolean): string | null {
  if (days > (date1904 ? MAX_DAY_1904 : MAX_DAY_1900)) return null
  if (date1904) return utcDateText(new Date(EPOCH_1904 + days * MS_PER_DAY))
  // Day 0 of the 1900 system is shown by Excel as 1900-01-00: not a date, and left to validation to say so.
  if (days === 0) return '1900-01-00'
  if (days === PHANTOM_LEAP_DAY) return '1900-02-29'
  return utcDateText(new Date(EPOCH_1900 + (days > PHANTOM_LEAP_DAY ? days - 1 : days) * MS_PER_DAY))
}

/**
 * ISO text for a date-formatted number: 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm:ss'
 * when there is a time of day, or 'HH:mm:ss' for a pure time (serial below 1).
 * Serial 60 becomes '1900-02-29' because that is what Excel shows; later
 * serials are shifted back a day to make up for it. Returns null for values
 * no Excel date can have (negative, beyond 9999-12-31, not finite).
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null
  // Excel keeps milliseconds but shows whole seconds; round once so 23:59:59.6 rolls into the next day.
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY)
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY)
  const seconds = totalSeconds - days * SECONDS_PER_DAY
  // Below one day there is no date, only a time of day (a "12:30" cell).
  if (days === 0 && serial < 1) return timeText(seconds)
  const date = dayText(days, date1904)
  if (date === null) return null
  return seconds === 0 ? date : `${date}T${timeText(seconds)}`
}

/**
 * A date-formatted number as its format shows it, in ISO shapes:
 * - a date alone ('yyyy-mm-dd'): 'YYYY-MM-DD', whatever time the value holds
 * - a clock time alone ('h:mm AM/PM'): 'HH:mm:ss', the time of day, as
 *   Excel drops whole days from such a cell (1.5 shows 12:00)
 * - elapsed time ('[h]:mm:ss'): every hour counted ('36:00:00'); '[mm]:ss'
 *   counts minutes ('90:00'), '[ss]' seconds ('5400')
 * - both: 'YYYY-MM-DDTHH:mm:ss'
 * Seconds carry the fraction the format shows ('ss.000' → '12:00:00.123'),
 * rounded there as Excel rounds it. Null where Excel has no such date or time
 * (a negative value, a day beyond 9999-12-31).
 */
export function serialAsShown(serial: number, shape: DateTimeShape, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null
  if (!shape.date && !shape.time) return excelSerialToIso(serial, date1904)
  const perSecond = 10 ** shape.fractionDigits
  const ticks = Math.round(serial * SECONDS_PER_DAY * perSecond)
  const totalSeconds = Math.floor(ticks / perSecond)
  const fraction = shape.fractionDigits === 0 ? '' : `.${pad(ticks % perSecond, shape.fractionDigits)}`
  if (shape.elapsed === 's') return `${pad(totalSeconds)}${fraction}`
  if (shape.elapsed === 'm') return `${pad(Math.floor(totalSeconds / 60))}:${pad(totalSeconds % 60)}${fraction}`
  if (shape.elapsed === 'h') return `${timeText(totalSeconds)}${fraction}`
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY)
  const clock = `${timeText(totalSeconds - days * SECONDS_PER_DAY)}${fraction}`
  if (!shape.date) return clock
  const date = dayText(days, date1904)
  if (date === null) return null
  return shape.time ? `${date}T${clock}` : date
}

/** ISO text for a Date that SheetJS produced (it builds them at UTC midnight for date-typed cells). */
export function dateToIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null
  const date = utcDateText(d)
  const seconds = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds()
  return seconds === 0 ? date : `${date}T${timeText(seconds)}`
}
