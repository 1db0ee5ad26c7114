import { describe, expect, it } from 'vitest'
import { browserLanguage } from '../../../src/web/browser-language'

describe('browserLanguage', () => {
  it('takes the most wanted of Korean and English, by quality, then by order', () => {
    expect(browserLanguage('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko')
    expect(browserLanguage('en-US,en;q=0.9,ko;q=0.8')).toBe('en')
    expect(browserLanguage('en;q=0.5, ko;q=0.8')).toBe('ko')
    expect(browserLanguage('ja-JP,ja;q=0.9,ko;q=0.6,en;q=0.5')).toBe('ko')
    expect(browserLanguage('KO')).toBe('ko')
  })

  it('says nothing when the header names neither, is empty, or refuses both', () => {
    expect(browserLanguage(undefined)).toBeNull()
    expect(browserLanguage('')).toBeNull()
    expect(browserLanguage('ja-JP,fr;q=0.5')).toBeNull()
    expect(browserLanguage('ko;q=0, en;q=0')).toBeNull()
    expect(browserLanguage('kok, english')).toBeNull()
  })
})
