import { afterEach, describe, expect, it } from 'vitest'
import type { CellObject } from 'xlsx'
import { cellText, isZeroPaddedFormat, plainNumberText } from '../../../src/core/sheets/cell-text'
import { dateToIso, excelSerialToIso } from '../../../src/core/sheets/excel-date'

describe('plainNumberText', () => {
  it('hides float noise the way Excel does (15 significant digits)', () => {
    expect(plainNumberText(0.1 + 0.2)).toBe('0.3')
    expect(plainNumberText(1 / 3)).toBe('0.333333333333333')
  })

  it('never uses exponents or thousands separators', () => {
    expect(plainNumberText(10000)).toBe('10000')
    expect(plainNumberText(1e21)).toBe('1000000000000000000000')
    expect(plainNumberText(1.5e21)).toBe('1500000000000000000000')
    expect(plainNumberText(1e-7)).toBe('0.0000001')
    expect(plainNumberText(-1.25e-9)).toBe('-0.00000000125')
  })

  it('writes zero, negative zero and negatives plainly', () => {
    expect(plainNumberText(0)).toBe('0')
    expect(plainNumberText(-0)).toBe('0')
    expect(plainNumberText(-42.5)).toBe('-42.5')
  })
})

describe('isZeroPaddedFormat', () => {
  it('recognises code-like formats whose display is the meaning', () => {
    for (const f of ['00000', '000000', '000-0000-0000', '(000) 000-0000', '"KR"00000', '[Blue]00000;-00000', '00000_ ']) {
      expect(isZeroPaddedFormat(f), f).toBe(true)
    }
  })

  it('rejects ordinary number formats', () => {
    for (const f of ['0', '0.00', '#,##0', '0%', '@', 'General', 'yyyy-mm-dd', '#,##0.00_ ']) {
      expect(isZeroPaddedFormat(f), f).toBe(false)
    }
  })
})

describe('cellText', () => {
  const n = (v: number, z?: string, w?: string): CellObject => ({ t: 'n', v, ...(z ? { z } : {}), ...(w ? { w } : {}) })

  it('takes the displayed text of zero-padded numbers, formatting it when SheetJS did not', () => {
    expect(cellText(n(123, '000000', '000123'), false)).toBe('000123')
    expect(cellText(n(123, '000000'), false)).toBe('000123')
    expect(cellText(n(1012345678, '000-0000-0000'), false)).toBe('010-1234-5678')
  })

  it('writes other numbers as plain decimals, ignoring their display format', () => {
    expect(cellText(n(10000, '#,##0', '10,000'), false)).toBe('10000')
    expect(cellText(n(0.1 + 0.2, 'General', '0.3'), false)).toBe('0.3')
  })

  it('turns date-formatted numbers into ISO dates', () => {
    expect(cellText(n(45000, 'yyyy-mm-dd'), false)).toBe('2023-03-15')
    expect(cellText(n(45000.75, 'yyyy-mm-dd hh:mm'), false)).toBe('2023-03-15T18:00:00')
    expect(cellText(n(45000, '[$-412]yyyy"년" m"월" d"일"'), false)).toBe('2023-03-15')
    expect(cellText(n(0, 'yyyy-mm-dd'), true)).toBe('1904-01-01')
  })

  it('reads times, durations and dates as their format shows them', () => {
    expect(cellText(n(0.5, 'h:mm AM/PM', '12:00 PM'), false)).toBe('12:00:00')
    // A clock time drops whole days, as Excel does (1.5 shows 12:00); elapsed time keeps them.
    expect(cellText(n(1.5, 'hh:mm:ss'), false)).toBe('12:00:00')
    expect(cellText(n(1.5, '[h]:mm:ss'), false)).toBe('36:00:00')
    expect(cellText(n(10.6320601851852, '[hh]:mm:ss'), false)).toBe('255:10:10')
    expect(cellText(n(0.0625, '[mm]:ss'), false)).toBe('90:00')
    expect(cellText(n(0.5 + 0.123 / 86400, 'hh:mm:ss.000'), false)).toBe('12:00:00.123')
    expect(cellText(n(45356.75, 'yyyy-mm-dd'), false)).toBe('2024-03-05')
    expect(cellText(n(45356.75, 'yyyy-mm-dd'), true)).toBe('2028-03-06')
    expect(cellText(n(45356, 'yyyy-mm-dd hh:mm'), false)).toBe('2024-03-05T00:00:00')
  })

  it('keeps a percent cell as the percent it shows, in full', () => {
    expect(cellText(n(0.15, '0%', '15%'), false)).toBe('15%')
    expect(cellText(n(0.12345, '0%', '12%'), false)).toBe('12.345%')
    expect(cellText(n(-0.015, '0.0%;[Red]-0.0%'), false)).toBe('-1.5%')
    expect(cellText(n(0.15, '0.00"%"'), false)).toBe('0.15')
    // An .ods percentage cell: SheetJS gives no format, only the text it shows.
    expect(cellText(n(2, undefined, '200,00%'), false)).toBe('200%')
    expect(cellText(n(2, undefined, '2'), false)).toBe('2')
  })

  it('handles booleans, errors, blanks, strings and date cells', () => {
    expect(cellText({ t: 'b', v: true }, false)).toBe('TRUE')
    expect(cellText({ t: 'b', v: false }, false)).toBe('FALSE')
    expect(cellText({ t: 'e', v: 7, w: '#DIV/0!' }, false)).toBe('#DIV/0!')
    // Without its display text an error cell still shows the error its code stands for.
    expect(cellText({ t: 'e', v: 0x2a }, false)).toBe('#N/A')
    expect(cellText({ t: 'e', v: 0x1d }, false)).toBe('#NAME?')
    expect(cellText({ t: 'z' }, false)).toBe('')
    expect(cellText(undefined, false)).toBe('')
    expect(cellText({ t: 's', v: '000123' }, false)).toBe('000123')
    expect(cellText({ t: 'd', v: new Date(Date.UTC(2024, 0, 2)) }, false)).toBe('2024-01-02')
  })
})

describe('excelSerialToIso', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it("gets the days around Excel's phantom 1900-02-29 right", () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01')
    expect(excelSerialToIso(59)).toBe('1900-02-28')
    expect(excelSerialToIso(60)).toBe('1900-02-29')
    expect(excelSerialToIso(61)).toBe('1900-03-01')
    expect(excelSerialToIso(36526)).toBe('2000-01-01')
    expect(excelSerialToIso(2958465)).toBe('9999-12-31')
  })

  it('adds a time only when there is one, rounding to whole seconds', () => {
    expect(excelSerialToIso(45000.5)).toBe('2023-03-15T12:00:00')
    expect(excelSerialToIso(45292.999999)).toBe('2024-01-02')
    expect(excelSerialToIso(0.5)).toBe('12:00:00')
  })

  it('supports the 1904 date system', () => {
    expect(excelSerialToIso(1, true)).toBe('1904-01-02')
    expect(excelSerialToIso(43538, true)).toBe(excelSerialToIso(45000))
  })

  it('refuses values no Excel date can have', () => {
    expect(excelSerialToIso(-1)).toBeNull()
    expect(excelSerialToIso(2958466)).toBeNull()
    expect(excelSerialToIso(Number.NaN)).toBeNull()
  })

  it('does not depend on the time zone', () => {
    const results = ['Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz
      return [excelSerialToIso(45000.25), dateToIso(new Date(Date.UTC(2024, 1, 29)))]
    })
    for (const r of results) expect(r).toEqual(['2023-03-15T06:00:00', '2024-02-29'])
  })
})

describe('cellText of an .ods =TRUE()/=FALSE() cached as a number (Google Sheets export)', () => {
  const formula = (v: number, f: string): CellObject => ({ t: 'n', v, f })

  it('reads TRUE and FALSE, as Google Sheets and Excel show them', () => {
    expect(cellText(formula(1, 'TRUE()'), false)).toBe('TRUE')
    expect(cellText(formula(0, 'FALSE()'), false)).toBe('FALSE')
    expect(cellText(formula(1, 'true( )'), false)).toBe('TRUE')
  })

  it('leaves other numbers as numbers: plain 1 and 0, other formulas, other values', () => {
    expect(cellText({ t: 'n', v: 1 }, false)).toBe('1')
    expect(cellText({ t: 'n', v: 0, w: '0' }, false)).toBe('0')
    expect(cellText(formula(1, 'A1=1'), false)).toBe('1')
    expect(cellText(formula(1, 'TRUE()+0'), false)).toBe('1')
    expect(cellText(formula(2, 'TRUE()'), false)).toBe('2')
  })
})
