import { isReportColumn } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import { headerIndexFor } from './header-index'
import { headerKeys, normalizeHeaderText } from './normalize'
import { similarity } from './similarity'

/** Headers at least this similar to a field's name, label or synonym are mapped to it. */
export const SIMILARITY_THRESHOLD = 0.75

/*
 * Scores: an exact name/label match (3) beats an exact synonym (2.5), which
 * beats an exact match after dropping bracketed notes (2), which beats a
 * header that ends in a field's key ("Default Address Zip" → zip, 1.5),
 * which beats any similarity (0..1).
 */
export const EXACT_NAME = 3
export const EXACT_SYNONYM = 2.5
export const EXACT_STRIPPED = 2
export const ENDS_WITH_KEY = 1.5

/** Keys shorter than this never count as a header's ending ("id" in "Product ID" is not a field of its own). */
const MIN_SUFFIX_LENGTH = 3

/**
 * Words a header may put before a field's key and still mean that field:
 * "Default Address Zip", "Customer e-mail", "Variant SKU", "Google Shopping /
 * Gender", "상품 판매가". Other leading words change the meaning ("Redirect
 * Old URL?", "Allow customer reviews?"), so only these count.
 */
const QUALIFIERS = ['default address', 'default', 'customer', 'variant', 'product', 'item', 'google shopping', '기본', '상품', '고객', '회원', '대표'].map(normalizeHeaderText)

/** Headers naming a code or ID ("Brand ID", "브랜드 코드") resemble a field only if the field's key names one too. */
const CODE_ENDING = /(id|code|코드|번호|no)$/

/** One field a column could be mapped to, and how strongly its header says so. */
export interface Candidate {
  readonly column: number
  readonly field: string
  readonly score: number
}

function exactCandidates(column: number, keys: readonly string[], target: TargetId): Candidate[] {
  const index = headerIndexFor(target)
  const out: Candidate[] = []
  keys.forEach((key, i) => {
    const hit = index.exact.get(key)
    if (hit === undefined) return
    const score = i > 0 ? EXACT_STRIPPED : hit.tier === 'name' ? EXACT_NAME : EXACT_SYNONYM
    out.push({ column, field: hit.field, score })
  })
  return out
}

/** The field whose longest key the header ends with, after a qualifier ("defaultaddresszip" → address.postalCode). */
function endingCandidate(column: number, keys: readonly string[], target: TargetId): Candidate[] {
  const index = headerIndexFor(target)
  let best: { field: string; length: number } | null = null
  for (const key of keys) {
    for (const [k, hit] of index.exact) {
      if (k.length < MIN_SUFFIX_LENGTH || !key.endsWith(k) || !QUALIFIERS.includes(key.slice(0, key.length - k.length))) continue
      if (best === null || k.length > best.length) best = { field: hit.field, length: k.length }
    }
  }
  return best === null ? [] : [{ column, field: best.field, score: ENDS_WITH_KEY }]
}

function similarCandidates(column: number, keys: readonly string[], target: TargetId): Candidate[] {
  const index = headerIndexFor(target)
  const out: Candidate[] = []
  const names = keys.some((k) => CODE_ENDING.test(k))
  for (const [field, fieldKeys] of index.byField) {
    let best = 0
    for (const key of keys) for (const fk of fieldKeys) if (!names || CODE_ENDING.test(fk)) best = Math.max(best, similarity(key, fk))
    if (best >= SIMILARITY_THRESHOLD) out.push({ column, field, score: best })
  }
  return out
}

/**
 * The fields a header could mean, best first by kind: exact names, labels
 * and synonyms; else a qualifier and a field's key ("Default Address Zip"); else similar
 * spellings. Report columns and headers known to mean something else get none.
 */
export function headerCandidates(column: number, header: string, target: TargetId): Candidate[] {
  if (isReportColumn(header)) return []
  const keys = headerKeys(header)
  const exact = exactCandidates(column, keys, target)
  if (exact.length > 0 || keys.some((k) => headerIndexFor(target).notFields.has(k))) return exact
  const ending = endingCandidate(column, keys, target)
  return ending.length > 0 ? ending : similarCandidates(column, keys, target)
}
