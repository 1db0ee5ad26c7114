import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { loadLanguage } from './languages'

/** An i18next set up as the renderer sets it up, in one language. */
async function translator(language: 'ko' | 'en') {
  const instance = i18next.createInstance()
  const [ko, en] = await Promise.all([loadLanguage('ko'), loadLanguage('en')])
  await instance.init({ resources: { ko: { translation: ko }, en: { translation: en } }, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } })
  return instance.t
}

describe('numbers in interface text follow the language', () => {
  it('writes row counts with the locale’s thousands separator', async () => {
    expect((await translator('ko'))('import.file.rows', { count: 12_045 })).toBe('12,045행')
    expect((await translator('en'))('import.file.rows', { count: 12_045 })).toBe('12,045 rows')
  })

  it('writes the reader’s limits the same way, in both languages', async () => {
    expect((await translator('ko'))('errors.sheet.too-many-rows', { limit: 1_000_000 })).toContain('1,000,000행')
    expect((await translator('en'))('errors.sheet.too-large', { fileName: 'a.xlsx', limitMb: 1024 })).toContain('1,024 MB')
  })
})
