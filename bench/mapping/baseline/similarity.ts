// Frozen from b1cea31:src/core/mapping/similarity.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
/*
 * String similarity for header matching, on normalised text (see
 * normalize.ts): the better of edit-distance similarity (typos such as
 * "Prodct name", "brnad") and character-bigram overlap (extra words such as
 * "대표이미지 주소"). Both are 0..1.
 */

/**
 * Edit distance by code point, counting a swap of neighbours as one edit
 * ("brnad" → "brand"). `substitutionCost` 2 makes a changed letter count as
 * delete + insert.
 */
export function editDistance(a: string, b: string, substitutionCost = 1): number {
  const x = [...a]
  const y = [...b]
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= x.length; i++) {
    const row = d[i]
    if (row === undefined) continue
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : substitutionCost
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      row[j] = best
    }
  }
  return at(x.length, y.length)
}

function bigrams(s: string): string[] {
  const cps = [...s]
  const out: string[] = []
  for (let i = 0; i + 1 < cps.length; i++) out.push(`${cps[i]}${cps[i + 1]}`)
  return out
}

/** Sørensen–Dice coefficient over character bigrams (multiset). */
export function diceBigrams(a: string, b: string): number {
  const x = bigrams(a)
  const y = bigrams(b)
  if (x.length === 0 || y.length === 0) return 0
  const counts = new Map<string, number>()
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1)
  let common = 0
  for (const g of y) {
    const n = counts.get(g) ?? 0
    if (n > 0) {
      common++
      counts.set(g, n - 1)
    }
  }
  return (2 * common) / (x.length + y.length)
}

/** Keys shorter than this (in code points) only ever match exactly. */
export const MIN_FUZZY_LENGTH = 3

/**
 * Up to this length a changed letter counts double: in short words one
 * different letter is another word ("proto" is not "photo") while a dropped
 * or swapped letter is still a typo ("colr", "brnad").
 */
export const SHORT_KEY_LENGTH = 5

/** The numbers in a key other than 1 ("이미지2" → "2"); "Address 1" and "Address" count as the same. */
function numbersOf(key: string): string {
  return (key.match(/\d+/g) ?? []).filter((n) => n !== '1').join(',')
}

/**
 * Similarity of two normalised keys in 0..1. 0 when either is too short to
 * compare loosely, or when they carry different numbers ("이미지2" is not
 * "이미지", "address2" is not "address").
 */
export function similarity(a: string, b: string): number {
  const la = [...a].length
  const lb = [...b].length
  if (la < MIN_FUZZY_LENGTH || lb < MIN_FUZZY_LENGTH) return a === b ? 1 : 0
  if (numbersOf(a) !== numbersOf(b)) return 0
  const longest = Math.max(la, lb)
  const lev = 1 - editDistance(a, b, longest <= SHORT_KEY_LENGTH ? 2 : 1) / longest
  return Math.max(lev, diceBigrams(a, b))
}
