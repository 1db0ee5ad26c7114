import { describe, expect, it } from 'vitest'
import { decodeCp949Strict } from '../../../src/core/sheets/cp949'
import { decodeText } from '../../../src/core/sheets/decode-text'
import { ascii, concat, CP949, textBytes } from './fixtures'

describe('CP949 fixture bytes', () => {
  it('are what Node decodes as these words (for the KS X 1001 part Node gets right)', () => {
    const euckr = new TextDecoder('euc-kr')
    expect(euckr.decode(Uint8Array.from(CP949.상품명))).toBe('상품명')
    expect(euckr.decode(Uint8Array.from(CP949.가격))).toBe('가격')
    expect(euckr.decode(Uint8Array.from(CP949.재고))).toBe('재고')
    expect(euckr.decode(Uint8Array.from(CP949.가을))).toBe('가을')
  })

  it("documents why cp949.ts exists: Node 20's 'euc-kr' decoder mangles CP949-only syllables without an error", () => {
    // If this starts failing, Node's decoder was fixed; decodeCp949Strict is still correct, just no longer required.
    expect(new TextDecoder('euc-kr', { fatal: true }).decode(Uint8Array.from(CP949.똠))).not.toBe('똠')
    expect(decodeCp949Strict(Uint8Array.from(CP949.똠))).toBe('똠')
  })
})

describe('decodeText', () => {
  it('decodes CP949 (Excel on Korean Windows) and reports it as euc-kr', () => {
    const bytes = concat(CP949.상품명, ascii(','), CP949.가격, ascii('\r\n'), CP949.똠, ascii(',1000\r\n'))
    expect(decodeText(bytes)).toEqual({ text: '상품명,가격\r\n똠,1000\r\n', encoding: 'euc-kr', unsure: false })
  })

  it('decodes UTF-8 without a BOM', () => {
    expect(decodeText(textBytes('상품명,가격'))).toEqual({ text: '상품명,가격', encoding: 'utf-8', unsure: false })
  })

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(textBytes('상품명,가격', 'utf-8-bom'))).toEqual({ text: '상품명,가격', encoding: 'utf-8', unsure: false })
  })

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeText(textBytes('상품명\t가격', 'utf-16le'))).toEqual({ text: '상품명\t가격', encoding: 'utf-16le', unsure: false })
    expect(decodeText(textBytes('상품명\t가격', 'utf-16be'))).toEqual({ text: '상품명\t가격', encoding: 'utf-16be', unsure: false })
  })

  it('keeps plain ASCII as UTF-8', () => {
    expect(decodeText(textBytes('sku,price')).encoding).toBe('utf-8')
  })

  it('falls back to Windows-1252 for Western text that is neither UTF-8 nor CP949', () => {
    expect(decodeText(Uint8Array.from([...ascii('caf'), 0xe9, ...ascii(';cr'), 0xe8, ...ascii('me')]))).toEqual({
      text: 'café;crème',
      encoding: 'windows-1252',
      unsure: false
    })
  })

  it('rejects invalid CP949 sequences instead of guessing', () => {
    expect(decodeCp949Strict(Uint8Array.from([0xbb]))).toBeNull()
    expect(decodeCp949Strict(Uint8Array.from([0xff, 0x41]))).toBeNull()
  })
})
