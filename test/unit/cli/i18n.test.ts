import { describe, expect, it } from 'vitest'
import { CLI_MESSAGES, chooseLanguage, sheetErrorText, translator } from '../../../src/cli/i18n'
import { SheetError } from '../../../src/core/sheets'

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

describe('the command line texts', () => {
  it('have the same keys in Korean and English, none empty, with the same placeholders', () => {
    const { en, ko } = CLI_MESSAGES
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('')
      expect(ko[key].trim(), key).not.toBe('')
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('reads Korean as Korean (Hangul in every sentence-like text)', () => {
    const english = Object.entries(CLI_MESSAGES.ko).filter(([key, text]) => !/[가-힣]/.test(text) && !['app-error', 'summary-group'].includes(key) && !key.startsWith('count.'))
    expect(english.map(([key]) => key)).toEqual([])
  })

  it('fills values in and leaves unknown placeholders visible', () => {
    const t = translator('en')
    expect(t('file-not-found', { path: '/tmp/a.xlsx' })).toBe('There is no file at /tmp/a.xlsx.')
    expect(t('file-not-found')).toBe('There is no file at {path}.')
    expect(translator('ko')('count.rows.other', { n: '1,204' })).toBe('1,204행')
  })

  it('words the reader’s refusals in Korean, and uses the reader’s own English', () => {
    const error = new SheetError('sheet.too-many-rows', { fileName: '상품.xlsx', limit: '1,000,000' })
    expect(sheetErrorText(error, 'en')).toBe(error.message)
    expect(sheetErrorText(error, 'ko')).toBe('시트의 행이 한 번에 읽을 수 있는 1,000,000행보다 많습니다. 파일을 나눠 주세요.')
    expect(sheetErrorText(new SheetError('sheet.encrypted', { fileName: '상품.xlsx' }), 'ko')).toMatch(/^“상품\.xlsx” 파일에 암호가 걸려 있습니다/)
  })

  it('picks the language from --ui-lang first, then LC_ALL, LC_MESSAGES, LANG; English by default', () => {
    expect(chooseLanguage(['import', 'x', '--ui-lang', 'ko'], { LANG: 'en_US.UTF-8' })).toBe('ko')
    expect(chooseLanguage(['--ui-lang=en'], { LC_ALL: 'ko_KR.UTF-8' })).toBe('en')
    expect(chooseLanguage([], { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko')
    expect(chooseLanguage([], { LC_ALL: '', LANG: 'ko_KR.eucKR' })).toBe('ko')
    expect(chooseLanguage([], { LC_MESSAGES: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en')
    expect(chooseLanguage([], {})).toBe('en')
  })
})
