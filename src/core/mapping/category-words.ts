import { normalizeValueKey } from '../../shared/mapping'

/** Where a shop's category path splits into levels: "의류 > 상의 > 티셔츠", "Women/Dresses", "Apparel | Tops". */
const LEVEL_SEPARATORS = /\s*(?:>|\/|\||::|→|»|,|;|·)\s*/

/**
 * The value a shop's own category words mean, when the cell as a whole is
 * not one: the most specific level of a category path first ("여성의류 >
 * 상의 > 반팔 티셔츠" → the words of "반팔 티셔츠", then of "상의"), and in a
 * level its words from the last, then the known word a Korean compound
 * ends with ("반팔티셔츠" is a "티셔츠"). `lookup` is normalised text → value.
 */
export function valueFromCategoryWords(raw: string, lookup: ReadonlyMap<string, string>): string | null {
  const levels = raw.split(LEVEL_SEPARATORS).map((level) => level.trim()).filter((level) => level !== '')
  for (const level of levels.reverse()) {
    const whole = lookup.get(normalizeValueKey(level))
    if (whole !== undefined) return whole
    const words = level.split(/\s+/).filter((word) => word !== '')
    for (const word of [...words].reverse()) {
      const hit = lookup.get(normalizeValueKey(word)) ?? singular(normalizeValueKey(word), lookup)
      if (hit !== undefined) return hit
    }
    const head = longestKnownSuffix(normalizeValueKey(level), lookup)
    if (head !== null) return head
  }
  return null
}

/** An English plural's singular, when that is a known word: "Hoodies" → "hoodie", "Dresses" → "dress". */
function singular(word: string, lookup: ReadonlyMap<string, string>): string | undefined {
  if (!/^[a-z]+s$/.test(word)) return undefined
  return lookup.get(word.slice(0, -1)) ?? (word.endsWith('es') ? lookup.get(word.slice(0, -2)) : undefined)
}

const HANGUL = /[\uAC00-\uD7A3]/

/**
 * The value of the longest known Korean word (two syllables or more) a
 * compound ends with: Korean puts the head noun last, so 반팔티셔츠 is a
 * 티셔츠 and 노트북가방 a 가방, while 반지갑 (a wallet) is no 반지 and 타이즈
 * (tights) no 타이.
 */
function longestKnownSuffix(text: string, lookup: ReadonlyMap<string, string>): string | null {
  let best: { length: number; value: string } | null = null
  for (const [key, value] of lookup) {
    if ([...key].length < 2 || !HANGUL.test(key) || !text.endsWith(key)) continue
    if (best === null || key.length > best.length) best = { length: key.length, value }
  }
  return best?.value ?? null
}
