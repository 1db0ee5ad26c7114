import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/core/sheets/decode-text'
import { DEFAULT_SHEET_LIMITS } from '../../../src/core/sheets/limits'
import { runParseJob } from '../../../src/core/sheets/parse-job'
import { codePageBytes, concat, textBytes } from './fixtures'

const korean = (text: string): Uint8Array => codePageBytes(949, text)
const western = (text: string): Uint8Array => codePageBytes(1252, text)

describe('decodeText on exports without a BOM that are not UTF-8', () => {
  it.each([
    ['a product list', '상품명,가격,재고\r\n무선 마우스,15000,30\r\n기계식 키보드,89000,12\r\n'],
    ['one word', '가격'],
    ['rare syllables among everyday ones', '상품명\r\n똠양꿍 라면\r\n햏 스티커\r\n'],
    ['Hangul next to Latin letters', 'SKU,이름\r\nA-1,이불\r\n'],
    ['product names mixing Latin and Hangul', '상품명,가격\r\niPhone케이스,15000\r\nUSB충전기,9000\r\nXL사이즈,1\r\n']
  ])('reads Korean CP949 (%s) as CP949, sure of it', (_, text) => {
    expect(decodeText(korean(text))).toEqual({ text, encoding: 'euc-kr', unsure: false })
  })

  it.each([
    ['names with accents', 'Name,City\r\nMüller,Köln\r\nCafé Crème,Paris\r\n'],
    ['€, curly quotes and a dash', 'Item,Price\r\n“Best” mug – blue,€ 12\r\n'],
    ['Portuguese (two accents in a row)', 'Produto;Preço\r\nAção;1\r\n'],
    ['German and Spanish', 'Straße,Größe\r\nSeñor Peña,Año\r\n'],
    // Ä followed by a letter (C4 70) is also a valid CP949 syllable, so strict CP949 accepts the whole file.
    ['a file that is also valid CP949', 'Artikel;Preis\r\nÄpfel;2\r\nÄrmel;3\r\n']
  ])('reads Western Windows-1252 (%s) as Windows-1252, sure of it', (_, text) => {
    expect(decodeText(western(text))).toEqual({ text, encoding: 'windows-1252', unsure: false })
  })

  it('decodes € and curly quotes as themselves, not as invisible control characters', () => {
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0x93, 0x41, 0x94, 0x20, 0x96])).text).toBe('€ “A” –')
  })

  it('is unsure when the bytes look like neither Korean nor Western text', () => {
    const bytes = Uint8Array.from([0x49, 0x44, 0x2c, 0x9d, 0x8f, 0xad, 0x0a])
    expect(decodeText(bytes)).toMatchObject({ encoding: 'windows-1252', unsure: true })
  })

  it('is unsure of a lone rare syllable, which could be either', () => {
    expect(decodeText(korean('뷁'))).toEqual({ text: '뷁', encoding: 'euc-kr', unsure: true })
  })

  it('reads a Korean file with one damaged byte as CP949, marking the byte and saying it is unsure', () => {
    const bytes = concat(korean('상품명,가격\r\n무선 마우스,'), [0xff, 0x31], korean('5000\r\n'))
    expect(decodeText(bytes)).toEqual({ text: '상품명,가격\r\n무선 마우스,\ufffd15000\r\n', encoding: 'euc-kr', unsure: true })
  })

  it('reads a UTF-8 file with one stray Western byte as UTF-8, saying it is unsure', () => {
    const bytes = concat(textBytes('상품명,가격\r\n무선 마우스,'), [0xe9], textBytes('\r\n'))
    expect(decodeText(bytes)).toEqual({ text: '상품명,가격\r\n무선 마우스,\ufffd\r\n', encoding: 'utf-8', unsure: true })
  })
})

describe('the file information for an opened text file', () => {
  const inspect = (bytes: Uint8Array): unknown => {
    const r = runParseJob({ op: 'inspect', bytes, fileName: 'list.csv', limits: DEFAULT_SHEET_LIMITS })
    return r.ok ? r.info : r.error
  }

  it('says when the encoding was a guess, so the app and the CLI can tell the person', () => {
    expect(inspect(Uint8Array.from([0x49, 0x44, 0x2c, 0x9d, 0x8f, 0xad, 0x0a]))).toMatchObject({ encoding: 'windows-1252', encodingUnsure: true })
  })

  it('leaves it out when the encoding was certain', () => {
    expect(inspect(western('Name\r\nMüller\r\n'))).not.toHaveProperty('encodingUnsure')
  })
})
