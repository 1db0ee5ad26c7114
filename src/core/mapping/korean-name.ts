/**
 * Korean family names of two syllables. A name that starts with one of
 * these (and has a given name after it) keeps both syllables as the family
 * name: 남궁민수 → 남궁 + 민수, not 남 + 궁민수.
 */
export const TWO_SYLLABLE_FAMILY_NAMES: ReadonlySet<string> = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '어금', '망절', '소봉', '강전', '장곡', '황목'])

/** A full name split for OCC's lastName (family) and firstName (given); either may be empty. */
export interface NameParts {
  readonly family: string
  readonly given: string
}

const HANGUL = /^[\uAC00-\uD7A3]+$/

/**
 * Splits a full name from one cell. Korean names go family name first:
 * "홍길동" → 홍 + 길동, "남궁민수" → 남궁 + 민수, "김 민수" → 김 + 민수.
 * "Kim, Minsu" puts the family name before the comma; other names with
 * spaces go given name first ("Jane Kim" → Kim + Jane); one word that is
 * not Korean is a given name only.
 */
export function splitFullName(full: string): NameParts {
  const name = full.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (name === '') return { family: '', given: '' }
  const comma = name.indexOf(',')
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() }
  const words = name.split(' ')
  const first = words[0] ?? ''
  if (HANGUL.test(first)) {
    if (words.length > 1) return { family: first, given: words.slice(1).join(' ') }
    const syllables = [...first]
    if (syllables.length < 2) return { family: first, given: '' }
    const familyLength = syllables.length >= 3 && TWO_SYLLABLE_FAMILY_NAMES.has(syllables.slice(0, 2).join('')) ? 2 : 1
    return { family: syllables.slice(0, familyLength).join(''), given: syllables.slice(familyLength).join('') }
  }
  if (words.length === 1) return { family: '', given: name }
  return { family: words[words.length - 1] ?? '', given: words.slice(0, -1).join(' ') }
}
