import { allowedValuesOf } from '../../shared/catalog'
import type { FieldDef } from '../../shared/catalog'
import type { ValueMapEntry } from '../../shared/mapping'
import { normalizeValueKey } from '../../shared/mapping'
import { valueFromCategoryWords } from './category-words'
import { VALUE_SYNONYMS } from './value-synonyms'

/** Separators between the items of an enumList cell: , / ; · and line breaks. */
const LIST_SEPARATORS = /[,/;·・、\n]+/

const lookupCache = new Map<string, ReadonlyMap<string, string>>()
// The catalog's lists are the same arrays cell after cell: found by identity first, without joining them.
const lookupByList = new WeakMap<readonly string[], ReadonlyMap<string, string>>()

/** Normalised text → allowed value, built from the allowed values and their built-in synonyms. */
function builtInLookup(allowed: readonly string[]): ReadonlyMap<string, string> {
  const known = lookupByList.get(allowed)
  if (known !== undefined) return known
  const cacheKey = allowed.join('\u0000')
  const hit = lookupCache.get(cacheKey)
  if (hit !== undefined) {
    lookupByList.set(allowed, hit)
    return hit
  }
  const lookup = new Map<string, string>()
  for (const value of allowed) lookup.set(normalizeValueKey(value), value)
  for (const value of allowed) {
    for (const synonym of VALUE_SYNONYMS.get(value.toUpperCase()) ?? []) {
      const key = normalizeValueKey(synonym)
      if (!lookup.has(key)) lookup.set(key, value)
    }
  }
  lookupCache.set(cacheKey, lookup)
  lookupByList.set(allowed, lookup)
  return lookup
}

function userLookup(entries: readonly ValueMapEntry[]): ReadonlyMap<string, string> {
  return new Map(entries.map((e) => [normalizeValueKey(e.from), e.to]))
}

function single(raw: string, allowed: readonly string[], user: ReadonlyMap<string, string>): string | null {
  const key = normalizeValueKey(raw)
  return user.get(key) ?? builtInLookup(allowed).get(key) ?? null
}

/**
 * The allowed value a cell means for an enum, enumList, yesNo or boolean
 * field, or null when it can't tell (the raw text then stays for validation to
 * flag). User value maps win over the built-in synonyms. enumList cells are
 * split on , / ; · and give the distinct values joined with ",".
 */
export function normalizeEnumValue(field: FieldDef, raw: string, userMap: readonly ValueMapEntry[] = []): string | null {
  const allowed = allowedValuesOf(field)
  if (allowed.length === 0 || raw.trim() === '') return null
  const user = userLookup(userMap)
  const whole = single(raw, allowed, user)
  if (whole === null && field.categoryWords === true) return valueFromCategoryWords(raw, new Map([...builtInLookup(allowed), ...user]))
  if (field.type !== 'enumList') return whole
  if (whole !== null) return whole
  const items = raw.split(LIST_SEPARATORS).map((s) => s.trim()).filter((s) => s !== '')
  const out: string[] = []
  for (const item of items) {
    const value = single(item, allowed, user)
    if (value === null) return null
    for (const v of value.split(',')) if (!out.includes(v)) out.push(v)
  }
  return out.length === 0 ? null : out.join(',')
}
