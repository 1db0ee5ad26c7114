import { describe, expect, it } from 'vitest'
import { decodeCp949Strict } from '../../../src/core/sheets/cp949'
import { decodeText, decodeTextPieces } from '../../../src/core/sheets/decode-text'
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

describe('decodeTextPieces', () => {
  const damagedCp949 = concat(CP949.상품명, ascii(',x\n'), [0xb0], ascii('\n'), CP949.가격, ascii(',1\r\n'), CP949.똠, [0x81], ascii('\n'))
  const files: Record<string, Uint8Array> = {
    'utf-8': textBytes('상품명,가격\n사과,1000\r\n배,2000\n'),
    'utf-8 with a BOM': textBytes('상품명,가격\n사과,1000\r\n배,2000\n', 'utf-8-bom'),
    'utf-16le': textBytes('상품명\t가격\n사과\t1000\n\n배\t2', 'utf-16le'),
    'utf-16be': textBytes('상품명\t가격\n사과\t1000\n\n배\t2', 'utf-16be'),
    cp949: concat(CP949.상품명, ascii(',x\n'), CP949.가격, ascii(',1\r\n'), CP949.똠, ascii(',2\n')),
    'damaged cp949': damagedCp949,
    'windows-1252': Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x0a, 0xa3, 0x35])
  }

  it('decodes to exactly the whole text in any piece size, each piece but the last ending at a line feed', () => {
    for (const [name, bytes] of Object.entries(files)) {
      const whole = decodeText(bytes)
      for (const size of [1, 2, 3, 5, 8, 1000]) {
        const decoded = decodeTextPieces(bytes, size)
        const pieces = [...decoded.pieces()]
        expect(pieces.join(''), `${name} in pieces of ${size}`).toBe(whole.text)
        expect({ encoding: decoded.encoding, unsure: decoded.unsure }).toEqual({ encoding: whole.encoding, unsure: whole.unsure })
        for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n'), `${name}: ${JSON.stringify(piece)}`).toBe(true)
        if (size === 1) expect(pieces.length).toBeGreaterThan(2)
      }
    }
  })
})
