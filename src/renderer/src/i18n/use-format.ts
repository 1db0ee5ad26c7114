import { useTranslation } from 'react-i18next'

/** Locale-aware formatters for counts, durations and times, following language switches. */
export interface Formatters {
  /** 1234 → "1,234". */
  number(value: number): string
  /** 95_000 → "2 min" / "2분"; under a minute in seconds. */
  duration(ms: number): string
  /** An ISO time → "2026. 11. 23. 오후 1:05" / "Nov 23, 2026, 1:05 PM". */
  dateTime(iso: string): string
}

/** The formatters for the interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'ko'
  const numbers = new Intl.NumberFormat(locale)
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const unit = (value: number, name: 'second' | 'minute' | 'hour') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value)
  return {
    number: (value) => numbers.format(value),
    duration(ms) {
      const seconds = Math.max(0, Math.round(ms / 1000))
      if (seconds < 60) return unit(seconds, 'second')
      const minutes = Math.round(seconds / 60)
      if (minutes < 90) return unit(minutes, 'minute')
      return unit(Math.round((minutes / 60) * 10) / 10, 'hour')
    },
    dateTime: (iso) => times.format(new Date(iso))
  }
}
