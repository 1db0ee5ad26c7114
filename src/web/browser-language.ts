import type { Language } from '../shared/text'

/**
 * The interface language a browser asks for, from its Accept-Language
 * header ("ko-KR,ko;q=0.9,en-US;q=0.8"): the most wanted of Korean and
 * English, or null when the header names neither. The web build has no OS
 * locale of its own to follow, so until a language is chosen in Settings
 * it follows the browser's.
 */
export function browserLanguage(acceptLanguage: string | undefined): Language | null {
  if (acceptLanguage === undefined) return null
  const wanted = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), order }
    })
    .filter((w) => w.tag !== '' && Number.isFinite(w.q) && w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  for (const { tag } of wanted) {
    if (tag === 'ko' || tag.startsWith('ko-')) return 'ko'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return null
}
