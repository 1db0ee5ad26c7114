import { toNumberText } from '../mapping/coerce'

/*
 * Typed readings of mapped cell text, shared by the request builders (what
 * is sent) and validation (what is flagged), so both agree on what a number,
 * a list or a yes/no cell is.
 */

/** The shape applyMapping gives readable numbers ('10000', '-3.5'). */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/

/**
 * A number cell as a number, or null when it isn't one. Mapped rows already
 * hold canonical decimals (fast path); other text (a cell edited in the grid,
 * '₩10,000') goes through the mapping's own number reading.
 */
export function numberCell(text: string): number | null {
  const plain = PLAIN_DECIMAL.test(text) ? text : toNumberText(text)
  const value = plain === text || PLAIN_DECIMAL.test(plain) ? Number(plain) : NaN
  return Number.isFinite(value) ? value : null
}

/** A list cell ('S, M, L'; enumList cells are joined with ',') as its non-empty trimmed items. */
export function listCell(text: string): string[] {
  const items: string[] = []
  for (const part of text.split(',')) {
    const item = part.trim()
    if (item !== '') items.push(item)
  }
  return items
}

/** A boolean cell ('true' / 'false' after mapping) as a boolean, or null when unreadable. */
export function booleanCell(text: string): boolean | null {
  if (text === 'true') return true
  if (text === 'false') return false
  return null
}

/**
 * Calls `visit` with each key under a prefix (`metadata.`, `dynamic.`) — the
 * prefix removed — and its value, without allocating. Keys that could touch
 * an object prototype are skipped: they become JSON property names.
 */
export function forEachPrefixed(values: ReadonlyMap<string, string>, prefix: string, visit: (name: string, value: string) => void): void {
  for (const [key, value] of values) {
    if (!key.startsWith(prefix)) continue
    const name = key.slice(prefix.length)
    if (name !== '' && !UNSAFE_KEYS.has(name)) visit(name, value)
  }
}

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
