import { describe, expect, it } from 'vitest'
import { findField } from '../../../src/shared/catalog'
import { normalizeEnumValue } from '../../../src/core/mapping/enum-values'

const detection = findField('products:create', 'detection')
if (detection === undefined) throw new Error('products:create has no detection field')
const read = (cell: string, userMap: Array<{ from: string; to: string }> = []): string | null => normalizeEnumValue(detection, cell, userMap)

describe('detection from a shop’s own category words', () => {
  it('reads the plain words staff write, Korean and English', () => {
    for (const [cell, value] of [['상의', 'TOP'], ['티셔츠', 'TOP'], ['바지', 'PANTS'], ['팬츠', 'PANTS'], ['슬랙스', 'PANTS'], ['가방', 'BAG'], ['Dresses', 'WHOLEBODY'], ['sneakers', 'SHOES'], ['자동', 'AUTO_DETECT']] as const) {
      expect(read(cell), cell).toBe(value)
    }
  })

  it('reads category paths from their most specific level', () => {
    expect(read('여성의류 > 상의 > 반팔 티셔츠')).toBe('TOP')
    expect(read('패션잡화/가방/크로스백')).toBe('BAG')
    expect(read('Apparel & Accessories > Clothing > Pants')).toBe('PANTS')
    expect(read('Women | Shoes | Boots')).toBe('SHOES')
    expect(read('아우터 > 기타')).toBe('OUTWEAR')
    expect(read('Clothing > Hoodies')).toBe('TOP')
    expect(read('Graphic shirt')).toBe('TOP')
  })

  it('reads a Korean compound by the word it ends with, and no further', () => {
    expect(read('반팔티셔츠')).toBe('TOP')
    expect(read('노트북가방')).toBe('BAG')
    expect(read('여성청바지')).toBe('PANTS')
    expect(read('반지갑')).toBeNull()
    expect(read('타이즈')).toBeNull()
  })

  it('leaves codes and unknown words for the person to map', () => {
    expect(read('001002003')).toBeNull()
    expect(read('CATE-0042')).toBeNull()
    expect(read('노트북 > laptop')).toBeNull()
    // The person's own value map wins, also inside a path.
    expect(read('여성의류 > 신상', [{ from: '신상', to: 'TOP' }])).toBe('TOP')
  })
})
