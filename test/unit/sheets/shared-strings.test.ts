import { describe, expect, it } from 'vitest'
import { readSharedStrings } from '../../../src/core/sheets/xlsx/shared-strings'
import { XlsxShortcutUnavailable } from '../../../src/core/sheets/xlsx/unsupported'

const part = (items: string): Buffer =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</sst>`, 'utf8')

describe('readSharedStrings', () => {
  it('reads plain items straight from the bytes and every other kind through the markup, in order', () => {
    const items = [
      '<si><t>상품코드</t></si>',
      '<si><t xml:space="preserve"> 여름 셔츠 </t></si>',
      '<si/>',
      '<si><r><rPr><b/></rPr><t>굵게</t></r><r><t xml:space="preserve"> 보통</t></r></si>',
      '<si><t>A &amp; B &lt;1&gt;</t></si>',
      '<si><t>줄1\r\n줄2</t></si>',
      '<si><t>_x000D_</t></si>',
      '<si><t>가격</t><rPh sb="0" eb="2"><t>カカク</t></rPh></si>',
      '<si><t>snake_case_x</t></si>'
    ]
    expect(readSharedStrings(part(items.join('')))).toEqual(['상품코드', ' 여름 셔츠 ', '', '굵게 보통', 'A & B <1>', '줄1\n줄2', '\r', '가격', 'snake_case_x'])
  })

  it('reads nothing from an empty or missing part, and leaves a prefixed one to SheetJS', () => {
    expect(readSharedStrings(null)).toEqual([])
    expect(readSharedStrings(part(''))).toEqual([])
    const prefixed = Buffer.from('<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si></x:sst>')
    expect(() => readSharedStrings(prefixed)).toThrow(XlsxShortcutUnavailable)
    expect(() => readSharedStrings(part('<si><t>cut off'))).toThrow(XlsxShortcutUnavailable)
  })
})
