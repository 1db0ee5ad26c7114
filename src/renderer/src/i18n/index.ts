import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/text'
import { en } from './en'
import { ko } from './ko'

/** Both interface languages, keyed by language code. */
export const RESOURCES = { ko: { translation: ko }, en: { translation: en } } as const

/**
 * Starts i18next before the first render. Korean is the first guess (most
 * users read it); the real language arrives with the settings a moment later.
 */
export function initI18n(language: Language = 'ko'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return i18next
}

/** Switches the interface language and the page's lang attribute (for screen readers). */
export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language)
  document.documentElement.lang = language
}
