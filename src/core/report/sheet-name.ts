// Excel's limits on a sheet name: at most 31 characters, none of : \ / ? * [ ],
// no apostrophe at either end, not "History" (reserved), not empty.
const MAX_LENGTH = 31
const FORBIDDEN = ':\\/?*[]'
const FALLBACK = 'Sheet1'
const ENDS = /^['\s]+|['\s]+$/g

/** Cuts to `max` UTF-16 units without splitting a surrogate pair (an emoji, a rare Hanja). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const last = text.charCodeAt(max - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)
}

/**
 * A name Excel accepts for a sheet, as close to `name` as its rules allow:
 * forbidden and control characters become '_', it is cut to 31 characters,
 * apostrophes and spaces at the ends go, and "History" gets a suffix. The
 * report's own "source sheet" column keeps the exact original name.
 */
export function excelSheetName(name: string): string {
  const allowed = Array.from(name, (ch) => (ch < ' ' || FORBIDDEN.includes(ch) ? '_' : ch)).join('')
  const cleaned = cut(allowed.replace(ENDS, ''), MAX_LENGTH).replace(ENDS, '')
  if (cleaned === '') return FALLBACK
  return cleaned.toLowerCase() === 'history' ? `${cleaned} (1)` : cleaned
}
