import { describe, expect, it } from 'vitest'
import { dateTimeShape, isPercentFormat } from '../../../src/core/sheets/number-format'
import { serialAsShown } from '../../../src/core/sheets/excel-date'

describe('dateTimeShape', () => {
  it('tells dates, clock times, elapsed times and date-times apart', () => {
    expect(dateTimeShape('yyyy-mm-dd')).toEqual({ date: true, time: false, elapsed: null, fractionDigits: 0 })
    expect(dateTimeShape('[$-412]yyyy"년" m"월" d"일"')).toMatchObject({ date: true, time: false })
    expect(dateTimeShape('h:mm AM/PM')).toEqual({ date: false, time: true, elapsed: null, fractionDigits: 0 })
    expect(dateTimeShape('mm:ss')).toMatchObject({ date: false, time: true })
    expect(dateTimeShape('[h]:mm:ss')).toMatchObject({ date: false, time: true, elapsed: 'h' })
    expect(dateTimeShape('[mm]:ss')).toMatchObject({ elapsed: 'm' })
    expect(dateTimeShape('[Red][ss]')).toMatchObject({ elapsed: 's' })
    expect(dateTimeShape('yyyy-mm-dd hh:mm')).toMatchObject({ date: true, time: true, elapsed: null })
    expect(dateTimeShape('hh:mm:ss.000')).toMatchObject({ fractionDigits: 3 })
    expect(dateTimeShape('mm/dd/yyyy')).toMatchObject({ date: true, time: false })
  })

  it("counts hours for SheetJS's stand-in format of an OpenDocument duration", () => {
    expect(dateTimeShape('HH:MM:SS')).toMatchObject({ elapsed: 'h' })
  })
})

describe('isPercentFormat', () => {
  it('finds a percent sign that scales the number, not one in quoted text', () => {
    for (const f of ['0%', '0.00%', '#,##0.0%;[Red]-0.0%']) expect(isPercentFormat(f), f).toBe(true)
    for (const f of ['0.00', '0"%"', '0\\%', 'General', '[$%-412]0']) expect(isPercentFormat(f), f).toBe(false)
  })
})

describe('serialAsShown', () => {
  const shape = (format: string) => dateTimeShape(format)

  it('rounds to the digits of a second the format shows', () => {
    expect(serialAsShown(0.5 + 0.1236 / 86400, shape('hh:mm:ss.00'), false)).toBe('12:00:00.12')
    expect(serialAsShown(0.5 + 0.6 / 86400, shape('hh:mm:ss'), false)).toBe('12:00:01')
  })

  it('counts elapsed seconds for [ss]', () => {
    expect(serialAsShown(0.0625, shape('[ss]'), false)).toBe('5400')
  })

  it('refuses what Excel cannot show as a date or time', () => {
    expect(serialAsShown(-0.5, shape('[h]:mm'), false)).toBeNull()
    expect(serialAsShown(3e6, shape('yyyy-mm-dd'), false)).toBeNull()
  })

  it("shows day 0 of the 1900 system as Excel does, which validation then flags", () => {
    expect(serialAsShown(0, shape('yyyy-mm-dd'), false)).toBe('1900-01-00')
  })
})
