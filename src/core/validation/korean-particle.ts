/*
 * Korean particles change with the sound a word ends in (이/가, 은/는, 을/를,
 * 과/와). Field labels and header texts come from the catalog and the user's
 * sheet, so messages pick the particle from the word instead of hard-coding it.
 */

/** The particle pairs messages use: after a final consonant / after a vowel. */
export type ParticlePair = '이/가' | '은/는' | '을/를' | '과/와'

/** Digits whose Korean reading ends in a consonant: 영 일 삼 육 칠 팔. */
const CONSONANT_DIGITS = '013678'
/** Latin letters whose Korean reading ends in a consonant: 엘 엠 엔 알. */
const CONSONANT_LETTERS = 'LMNR'

/** Whether `word`, read in Korean, ends in a consonant (받침); punctuation and spaces at the end are skipped. */
export function endsInConsonant(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const code = word.charCodeAt(i)
    if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0
    const ch = word.charAt(i).toUpperCase()
    if (ch >= '0' && ch <= '9') return CONSONANT_DIGITS.includes(ch)
    if (ch >= 'A' && ch <= 'Z') return CONSONANT_LETTERS.includes(ch)
  }
  return false
}

/** `word` followed by the right form of the particle, e.g. withParticle('이메일', '이/가') → '이메일이'. */
export function withParticle(word: string, pair: ParticlePair): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string]
  return word + (endsInConsonant(word) ? afterConsonant : afterVowel)
}
