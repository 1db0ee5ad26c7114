import { describe, expect, it } from 'vitest'
import type { FieldDef } from '../../../src/shared/catalog'
import { compileValueCheck } from '../../../src/core/validation/field-checks'
import { endsInConsonant, withParticle } from '../../../src/core/validation/korean-particle'

const field = (type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({ name: 'f', label: { ko: '필드', en: 'Field' }, required: false, type, help: { ko: '', en: '' }, ...extra })
const check = (def: FieldDef, value: string): string | null => compileValueCheck(def)?.(value) ?? null

describe('per-type value checks', () => {
  it('enumList: every comma-separated item allowed', () => {
    const def = field('enumList', { allowed: ['A', 'B'] })
    expect(check(def, 'A,B')).toBeNull()
    expect(check(def, 'A, C')).toBe('not-allowed')
  })

  it('numbers as mapping writes them, and the grid’s raw text', () => {
    expect(check(field('number'), '-12.5')).toBeNull()
    expect(check(field('number'), '₩10,000')).toBeNull()
    expect(check(field('number'), '1'.repeat(400))).toBe('not-a-number')
    expect(check(field('number'), '3만원')).toBe('not-a-number')
  })

  it('maxLength counts characters as people do (emoji and Hangul are one each)', () => {
    const def = field('text', { maxLength: 3 })
    expect(check(def, '😀😀😀')).toBeNull()
    expect(check(def, '가나다라')).toBe('too-long')
  })

  it('free text and text lists accept anything; yes/no and booleans only their two values', () => {
    expect(compileValueCheck(field('textList'))).toBeNull()
    expect(check(field('yesNo'), 'yes')).toBeNull()
    expect(check(field('boolean'), 'yes')).toBe('not-yes-no')
    expect(check(field('boolean'), 'false')).toBeNull()
  })

  it('picks Korean particles from the last sound, skipping punctuation', () => {
    expect(withParticle('이메일', '이/가')).toBe('이메일이')
    expect(withParticle('상품코드', '이/가')).toBe('상품코드가')
    expect(withParticle('할인율 (%)', '은/는')).toBe('할인율 (%)은')
    expect(withParticle('태스크 ID', '과/와')).toBe('태스크 ID와')
    expect(endsInConsonant('URL')).toBe(true)
    expect(endsInConsonant('2024')).toBe(false)
  })
})
