/**
 * Excel stores dates as day counts ("serials") and only its display format
 * says they are dates. Converting here, in UTC arithmetic, keeps the result
 * independent of the computer's time zone, which a local Date would not.
 */

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
  if (days > (date1904 ? MAX_DAY_1904 : MAX_DAY_1900)) return null
  let date: string
  if (date1904) {
    date = utcDateText(new Date(EPOCH_1904 + days * MS_PER_DAY))
  } else if (days === PHANTOM_LEAP_DAY) {
    date = '1900-02-29'
  } else {
    date = utcDateText(new Date(EPOCH_1900 + (days > PHANTOM_LEAP_DAY ? days - 1 : days) * MS_PER_DAY))
  }
  return seconds === 0 ? date : `${date}T${timeText(seconds)}`
}

/** ISO text for a Date that SheetJS produced (it builds them at UTC midnight for date-typed cells). */
export function dateToIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null
  const date = utcDateText(d)
  const seconds = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds()
  return seconds === 0 ? date : `${date}T${timeText(seconds)}`
}
