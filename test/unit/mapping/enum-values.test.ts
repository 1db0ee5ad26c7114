import { describe, expect, it } from 'vitest'
import { findField, type FieldDef } from '../../../src/shared/catalog'
import { normalizeEnumValue } from '../../../src/core/mapping'

function field(target: Parameters<typeof findField>[0], name: string): FieldDef {
  const f = findField(target, name)
  if (f === undefined) throw new Error(name)
  return f
}

const detection = field('products:create', 'detection')
const productGender = field('products:create', 'metadata.gender')
const customerGender = field('customers:create', 'gender')
const receiveEmail = field('customers:create', 'receiveEmail')
const isDefault = field('customers:create', 'address.isDefaultAddress')

describe('normalizeEnumValue', () => {
  it.each([
    ['상의', 'TOP'], ['top', 'TOP'], ['Tops', 'TOP'], ['TOP', 'TOP'], ['티셔츠', 'TOP'], ['셔츠', 'TOP'], ['블라우스', 'TOP'],
    ['아우터', 'OUTWEAR'], ['자켓', 'OUTWEAR'], ['코트', 'OUTWEAR'], ['outwear', 'OUTWEAR'],
    ['원피스', 'WHOLEBODY'], ['드레스', 'WHOLEBODY'], ['바지', 'PANTS'], ['팬츠', 'PANTS'], ['치마', 'SKIRT'], ['스커트', 'SKIRT'],
    ['신발', 'SHOES'], ['가방', 'BAG'], ['모자', 'HAT'], ['안경', 'GLASSES'], ['선글라스', 'GLASSES'], ['벨트', 'BELT'], ['시계', 'WATCH'],
    ['주얼리', 'JEWELRY'], ['장갑', 'GLOVES'], ['헤어액세서리', 'HAIR_ACCESSORIES'], ['hair_accessories', 'HAIR_ACCESSORIES'],
    ['키링', 'KEY_RING'], ['key ring', 'KEY_RING'], ['스카프', 'SCARF/MUFFLER'], ['머플러', 'SCARF/MUFFLER'], ['scarf / muffler', 'SCARF/MUFFLER'],
    ['양말', 'SOCKS'], ['수영복', 'SWIMWEARS'], ['넥타이', 'TIE'], ['자동', 'AUTO_DETECT'], ['auto_detect', 'AUTO_DETECT'], [' ＴＯＰ ', 'TOP']
  ])('detection %s → %s', (raw, expected) => {
    expect(normalizeEnumValue(detection, raw)).toBe(expected)
  })

  it('does not invent ACCESSORY or BOTTOM, and returns null for unknown words', () => {
    for (const raw of ['액세서리', 'accessory', 'BOTTOM', '하의', '기타', '', '   ', '__proto__', 'constructor']) {
      expect(normalizeEnumValue(detection, raw), raw).toBeNull()
    }
  })

  it('maps gender lists, split on , / ; and ·', () => {
    expect(normalizeEnumValue(productGender, '남')).toBe('MALE')
    expect(normalizeEnumValue(productGender, '여성')).toBe('FEMALE')
    expect(normalizeEnumValue(productGender, '공용')).toBe('UNISEX')
    expect(normalizeEnumValue(productGender, 'M/F')).toBe('MALE,FEMALE')
    expect(normalizeEnumValue(productGender, '남성, 여성')).toBe('MALE,FEMALE')
    expect(normalizeEnumValue(productGender, '남·여;남')).toBe('MALE,FEMALE')
    expect(normalizeEnumValue(productGender, 'male, xyz')).toBeNull()
  })

  it('uses the field’s own spelling (customers: lower-case male/female, no unisex)', () => {
    expect(normalizeEnumValue(customerGender, '남')).toBe('male')
    expect(normalizeEnumValue(customerGender, 'F')).toBe('female')
    expect(normalizeEnumValue(customerGender, 'FEMALE')).toBe('female')
    expect(normalizeEnumValue(customerGender, '공용')).toBeNull()
  })

  it.each([
    ['예', 'yes'], ['네', 'yes'], ['Y', 'yes'], ['yes', 'yes'], ['true', 'yes'], ['TRUE', 'yes'], ['1', 'yes'], ['동의', 'yes'], ['수신', 'yes'],
    ['아니오', 'no'], ['아니요', 'no'], ['N', 'no'], ['no', 'no'], ['false', 'no'], ['0', 'no'], ['거부', 'no'], ['미동의', 'no'], ['수신거부', 'no']
  ])('yesNo %s → %s', (raw, expected) => {
    expect(normalizeEnumValue(receiveEmail, raw)).toBe(expected)
  })

  it('maps booleans', () => {
    expect(normalizeEnumValue(isDefault, '예')).toBe('true')
    expect(normalizeEnumValue(isDefault, 'TRUE')).toBe('true')
    expect(normalizeEnumValue(isDefault, '기본')).toBe('true')
    expect(normalizeEnumValue(isDefault, 'N')).toBe('false')
    expect(normalizeEnumValue(isDefault, 'maybe')).toBeNull()
  })

  it('lets user value maps override the built-ins', () => {
    expect(normalizeEnumValue(detection, '셔츠', [{ from: '셔츠', to: 'OUTWEAR' }])).toBe('OUTWEAR')
    expect(normalizeEnumValue(detection, '긴팔', [{ from: '긴 팔', to: 'TOP' }])).toBe('TOP')
    expect(normalizeEnumValue(productGender, '남녀', [{ from: '남녀', to: 'MALE,FEMALE' }])).toBe('MALE,FEMALE')
    expect(normalizeEnumValue(productGender, '남, 키즈', [{ from: '키즈', to: 'UNISEX' }])).toBe('MALE,UNISEX')
    expect(normalizeEnumValue(receiveEmail, '수신', [{ from: '수신', to: 'no' }])).toBe('no')
  })

  it('returns null for free-text fields', () => {
    const name = findField('products:create', 'metadata.productName')
    expect(name && normalizeEnumValue(name, 'TOP')).toBeNull()
  })
})
