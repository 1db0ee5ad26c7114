// Frozen from b1cea31:src/core/mapping/header-index.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
import { catalogFor } from '../../../src/shared/catalog'
import type { TargetId } from '../../../src/shared/targets'
import { headerVocabularyFor } from './header-synonyms'
import { normalizeHeaderText } from './normalize'

/** How strongly a normalised key names a field: its own name or label beats a synonym. */
export type KeyTier = 'name' | 'synonym'

/** One normalised header key and the field it names. */
export interface HeaderKey {
  readonly key: string
  readonly field: string
  readonly tier: KeyTier
}

/** Every key that names a field of a target, and keys that two fields claim (a data bug). */
export interface HeaderIndex {
  /** Normalised key → the first field claiming it (names and labels before synonyms). */
  readonly exact: ReadonlyMap<string, HeaderKey>
  /** All keys of each field, for similarity matching. */
  readonly byField: ReadonlyMap<string, readonly string[]>
  /** Keys of headers known to mean something else: never mapped. */
  readonly notFields: ReadonlySet<string>
  /** Keys claimed by more than one field, or by a field and notFields; tests keep this empty. */
  readonly collisions: readonly string[]
}

const cache = new Map<TargetId, HeaderIndex>()

/** Builds (once per target) the lookup of field names, labels and synonyms by normalised key. */
export function headerIndexFor(target: TargetId): HeaderIndex {
  const hit = cache.get(target)
  if (hit !== undefined) return hit
  const catalog = catalogFor(target)
  const known = new Set(catalog.fields.map((f) => f.name))
  const entries: HeaderKey[] = []
  for (const f of catalog.fields) {
    const names = [f.name, f.label.ko, f.label.en]
    if (f.name.startsWith('metadata.')) names.push(f.name.slice('metadata.'.length))
    for (const n of names) entries.push({ key: normalizeHeaderText(n), field: f.name, tier: 'name' })
  }
  const vocabulary = headerVocabularyFor(target)
  for (const [field, synonyms] of vocabulary.synonyms) {
    if (!known.has(field)) continue
    for (const s of synonyms) entries.push({ key: normalizeHeaderText(s), field, tier: 'synonym' })
  }
  const exact = new Map<string, HeaderKey>()
  const byField = new Map<string, string[]>()
  const collisions: string[] = []
  for (const e of entries) {
    if (e.key === '') continue
    const prior = exact.get(e.key)
    if (prior === undefined) exact.set(e.key, e)
    else if (prior.field !== e.field) collisions.push(`${e.key}: ${prior.field} / ${e.field}`)
    const list = byField.get(e.field) ?? []
    if (!list.includes(e.key)) list.push(e.key)
    byField.set(e.field, list)
  }
  const notFields = new Set(vocabulary.notFields.map(normalizeHeaderText))
  for (const key of notFields) if (exact.has(key)) collisions.push(`${key}: ${exact.get(key)?.field ?? ''} / notFields`)
  const index: HeaderIndex = { exact, byField, notFields, collisions }
  cache.set(target, index)
  return index
}
