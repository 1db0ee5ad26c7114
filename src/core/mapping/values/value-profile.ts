import { toNumberText } from '../coerce'
import { percentNumber } from '../percent'

/*
 * What a column's values look like, from a few sample cells: the share of
 * non-empty samples that are web addresses, relative paths, e-mail
 * addresses, numbers, dates, hashes, short codes or words. Matching uses it
 * to confirm or reject what a header suggests.
 */

/** Shares (0..1) of the non-empty samples of one column, and how many there were. */
export interface ValueProfile {
  readonly count: number
  readonly url: number
  readonly relativePath: number
  readonly email: number
  readonly number: number
  /** Plain whole numbers of up to 6 digits: what internal row ids look like. */
  readonly smallInteger: number
  readonly date: number
  /** Hex strings of 32/40/64 characters (optionally with a salt), bcrypt/crypt hashes. */
  readonly hash: number
  /** One token of letters and digits with at least one digit and no spaces ("P00000JT", "B0000000", "99|109"). */
  readonly code: number
}

const URL = /^https?:\/\/\S+/i
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const SMALL_INTEGER = /^\d{1,6}$/
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}년\s?\d{1,2}월\s?\d{1,2}일)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/
const HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})(?::\S*)?$|^\$(?:2[abxy]?|5|6|argon2i?d?)\$\S+$/i
const RELATIVE_PATH = /^(?!https?:)(?:\.{0,2}\/)?[\w.~-]+(?:\/[\w.~%+-]+)+\/?$|^\/[\w.~%+-]*\/?$/
const CODE = /^(?=\S*\d)[A-Za-z0-9|_\-.]+$/

/** A number as number fields read it (₩39,000, 10,000원, 4940.00, 1.5e3, 15%). */
function isNumber(value: string): boolean {
  const text = percentNumber(value) ?? toNumberText(value)
  return /^-?\d/.test(text) && Number.isFinite(Number(text))
}

/** The samples a profile is built from: trimmed, non-empty, a leading apostrophe (Excel's text mark) dropped. */
function cleaned(values: readonly string[]): string[] {
  return values.map((v) => v.trim().replace(/^'/, '')).filter((v) => v !== '')
}

/** The profile of a column's sample values. */
export function profileValues(values: readonly string[]): ValueProfile {
  const list = cleaned(values)
  const share = (test: (v: string) => boolean): number => (list.length === 0 ? 0 : list.filter(test).length / list.length)
  return {
    count: list.length,
    url: share((v) => URL.test(v)),
    relativePath: share((v) => RELATIVE_PATH.test(v) && !isNumber(v)),
    email: share((v) => EMAIL.test(v)),
    number: share(isNumber),
    smallInteger: share((v) => SMALL_INTEGER.test(v)),
    date: share((v) => DATE.test(v)),
    hash: share((v) => HASH.test(v)),
    code: share((v) => CODE.test(v) && !isNumber(v))
  }
}

/** The values of each column in the data rows, up to `limit` non-empty ones per column. */
export function columnSamples(rows: readonly (readonly string[])[], columnCount: number, limit: number): string[][] {
  const out: string[][] = Array.from({ length: columnCount }, () => [])
  for (const cells of rows) {
    cells.forEach((cell, column) => {
      const list = out[column]
      if (list !== undefined && cell.trim() !== '' && list.length < limit) list.push(cell)
    })
  }
  return out
}
