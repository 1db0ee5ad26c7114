import type { Language } from '../shared/text'
import type { Translate } from './i18n'

/** A count with the locale's digit grouping (1,204). */
export function formatCount(value: number, language: Language): string {
  return value.toLocaleString(language === 'ko' ? 'ko-KR' : 'en-US')
}

/** Counted things the texts name ("1 row", "37 rows"; "37행"). */
export type CountedThing = 'rows' | 'requests' | 'profiles' | 'products'

/** Formats counts in one language: bare numbers, and numbers with their noun in the right form. */
export interface Counter {
  readonly n: (value: number) => string
  readonly of: (thing: CountedThing, value: number) => string
}

/** A Counter for a language. */
export function counter(t: Translate, language: Language): Counter {
  const n = (value: number) => formatCount(value, language)
  return { n, of: (thing, value) => t(value === 1 ? `count.${thing}.one` : `count.${thing}.other`, { n: n(value) }) }
}

/** A duration people read at a glance: "2 h 5 min", "1 min 20 s", "7 s". */
export function formatDuration(ms: number, t: Translate): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  if (h > 0) return t('time.hours', { h, m })
  if (m > 0) return t('time.minutes', { m, s })
  return t('time.seconds', { s })
}

/** Quotes a command-line word for a POSIX shell when it needs it. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
