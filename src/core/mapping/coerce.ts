import type { FieldDef } from '../../shared/catalog'
import type { ValueMapEntry } from '../../shared/mapping'
import { normalizeEnumValue } from './enum-values'
import { percentFraction, percentNumber } from './percent'

/*
 * Type-aware clean-up of one cell before validation. Anything that can't be
 * read confidently is returned unchanged so validation can show the user the
 * original text. IDs, phone numbers and postal codes are text: never touched
 * beyond trimming.
 */

const CURRENCY_PREFIX = /^(?:[₩￦$€£¥]|krw|usd|eur|jpy)\s*/i
const CURRENCY_SUFFIX = /\s*(?:[₩￦$€£¥円원]|krw|usd|eur|jpy)$/i

/** Drops leading zeros of the integer part and trailing zeros of the fraction. */
function canonicalDecimal(sign: string, intPart: string, fraction: string): string {
  const int = intPart.replace(/^0+(?=\d)/, '')
  const frac = fraction.replace(/0+$/, '')
  const body = frac === '' ? int : `${int}.${frac}`
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body
}

/**
 * A numeric cell as plain decimal text: '₩10,000', '10,000원', 'KRW 10000'
 * and '1,234.50' become '10000', '10000', '10000', '1234.5'. Commas must be
 * thousands groups. Returns `text` unchanged when it isn't a number (e.g.
 * '1.234,5', '3만원', 'abc'); percents ('20%') are read by numberFieldText,
 * which knows whether the field wants 20 or 0.2.
 */
export function toNumberText(text: string): string {
  let t = text.normalize('NFKC').trim().replace(/\u2212/g, '-')
  let sign = ''
  if (/^[+-]/.test(t)) {
    sign = t.charAt(0)
    t = t.slice(1).trim()
  }
  t = t.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '').trim()
  if (sign === '' && /^[+-]/.test(t)) {
    sign = t.charAt(0)
    t = t.slice(1)
  }
  t = t.replace(/\s+/g, '')
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '')
  const plain = /^(\d*)(?:\.(\d+))?$/.exec(t)
  if (plain !== null && t !== '' && t !== '.') return canonicalDecimal(sign, plain[1] === '' ? '0' : (plain[1] ?? '0'), plain[2] ?? '')
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) {
    const n = Number(`${sign}${t}`)
    if (Number.isFinite(n)) return String(n)
  }
  return text
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1])
)

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase()
  if (n.length < 3) return undefined
  const key = n.slice(0, 3)
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
  const month = MONTHS.get(key)
  if (month === undefined) return undefined
  const word = full[month - 1] ?? ''
  return word.startsWith(n) || n === 'sept' ? month : undefined
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A two-digit year: up to this year's two digits → 20xx, above → 19xx (so '90' is 1990, '24' is 2024). */
function fullYear(yy: string, today: Date): number {
  const y = Number(yy)
  if (yy.length !== 2) return y
  return y <= today.getFullYear() % 100 ? 2000 + y : 1900 + y
}

const TIME_SUFFIX = /(?:T|\s+)(?:오전|오후|am|pm)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm|오전|오후)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i
const WEEKDAY_SUFFIX = /\s*\((?:[월화수목금토일]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\)$/i

/**
 * A date cell as 'YYYY-MM-DD', or `text` unchanged when it can't be read.
 * Accepted forms (a trailing time or weekday in brackets is dropped):
 * - year first: 2024-03-05, 2024.3.5, 2024. 3. 5., 2024/03/05, 20240305
 * - Korean: 2024년 3월 5일, 24년 3월 5일
 * - two-digit year first with . or - (Korean habit): 24.03.05, 24-03-05, and 240305
 * - English: March 5, 2024 · Mar 5 2024 · 5 March 2024 · 5 Mar 2024 · 5-Mar-24
 * - year last with / - or .: read MONTH first (3/5/2024 is 5 March) unless
 *   the first number is over 12 (13/5/2024 is 13 May); 3/5/24 likewise
 * - a 5-digit number: an Excel date serial (1900 system), e.g. 45356
 * Two-digit years up to the current year's are 20xx, later ones 19xx.
 */
export function toIsoDate(text: string, today: Date = new Date()): string {
  const t = text.normalize('NFKC').trim().replace(WEEKDAY_SUFFIX, '').replace(TIME_SUFFIX, '').trim()
  return parseDate(t, today) ?? text
}

function parseDate(t: string, today: Date): string | null {
  let m = /^(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?$/.exec(t)
  if (m !== null) return iso(Number(m[1]), Number(m[3]), Number(m[4]))
  m = /^(\d{4}|\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일?$/.exec(t)
  if (m !== null) return iso(fullYear(m[1] ?? '', today), Number(m[2]), Number(m[3]))
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (m !== null) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{2})(\d{2})(\d{2})$/.exec(t) ?? /^(\d{2})\s*[.-]\s*(\d{1,2})\s*[.-]\s*(\d{1,2})\.?$/.exec(t)
  if (m !== null) return iso(fullYear(m[1] ?? '', today), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(t)
  if (m !== null) {
    const a = Number(m[1])
    const b = Number(m[3])
    const [month, day] = a > 12 ? [b, a] : [a, b]
    return iso(fullYear(m[4] ?? '', today), month, day)
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(t)
  if (m !== null) {
    const month = monthNumber(m[1] ?? '')
    return month === undefined ? null : iso(Number(m[3]), month, Number(m[2]))
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(t)
  if (m !== null) {
    const month = monthNumber(m[2] ?? '')
    return month === undefined ? null : iso(fullYear(m[3] ?? '', today), month, Number(m[1]))
  }
  if (/^\d{5}$/.test(t)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number(t) * 86_400_000)
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  return null
}

/**
 * A number field's cell as plain decimal text. A percent ('15%', as an
 * Excel percent cell reads) gives a percent field (`percent: true`, a
 * discount rate) the number shown, 15, and any other number field the
 * value it stands for, 0.15. Other text goes through toNumberText.
 */
export function numberFieldText(field: FieldDef, text: string): string {
  const percent = percentNumber(text)
  if (percent === null) return toNumberText(text)
  return field.percent === true ? percent : percentFraction(percent)
}

/**
 * One cell cleaned for its field: numbers and dates normalised, enum values
 * mapped (user overrides first), the first of several addresses, other
 * text trimmed. Passwords are returned
 * exactly as typed (spaces included). A blank cell gives ''. Unreadable
 * values come back trimmed but otherwise as-is.
 */
export function coerceValue(field: FieldDef, raw: string, valueMap: readonly ValueMapEntry[] = []): string {
  const text = raw.trim()
  if (text === '') return ''
  if (field.type === 'password') return raw
  switch (field.type) {
    case 'number':
      return numberFieldText(field, text)
    case 'date':
      return toIsoDate(text)
    case 'enum':
    case 'enumList':
    case 'yesNo':
    case 'boolean':
      return normalizeEnumValue(field, text, valueMap) ?? text
    case 'url':
      return firstAddress(text)
    default:
      return text
  }
}

/** Between the addresses of a cell that lists several (WooCommerce, PrestaShop and Squarespace image columns). */
const ADDRESS_SEPARATOR = /\s*[,|;\n]\s*|\s+(?=https?:\/\/)/i

/**
 * A cell listing several web addresses — the first is the main picture in
 * every export that does this — gives its first; any other cell is kept as
 * it is (for validation to judge).
 */
export function firstAddress(text: string): string {
  const parts = text.split(ADDRESS_SEPARATOR).filter((part) => part !== '')
  return parts.length > 1 && parts.every((part) => /^https?:\/\/\S+$/i.test(part)) ? (parts[0] ?? text) : text
}
