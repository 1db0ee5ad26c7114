import { describe, expect, it } from 'vitest'
import { findField, type FieldDef } from '../../../src/shared/catalog'
import { applyMapping, coerceValue } from '../../../src/core/mapping'
import { percentFraction, percentNumber } from '../../../src/core/mapping/percent'
import type { ColumnMapping } from '../../../src/shared/mapping'
import type { SheetTable } from '../../../src/shared/sheet'

function field(name: string): FieldDef {
  const def = findField('products:create', name)
  if (def === undefined) throw new Error(name)
  return def
}

describe('percentNumber and percentFraction', () => {
  it('reads the number a percent shows', () => {
    expect(percentNumber('15%')).toBe('15')
    expect(percentNumber(' +12.50 % ')).toBe('12.5')
    expect(percentNumber('-3%')).toBe('-3')
    expect(percentNumber('１５％')).toBe('15')
    for (const text of ['15', '%', '15%%', 'abc%', '1,5%']) expect(percentNumber(text), text).toBeNull()
  })

  it('moves the decimal point, with no float noise', () => {
    expect(percentFraction('15')).toBe('0.15')
    expect(percentFraction('12.345')).toBe('0.12345')
    expect(percentFraction('250')).toBe('2.5')
    expect(percentFraction('0.5')).toBe('0.005')
    expect(percentFraction('-3')).toBe('-0.03')
    expect(percentFraction('0')).toBe('0')
  })
})

describe('percent cells in number fields', () => {
  it('gives a percent field the number shown and other number fields the value', () => {
    expect(coerceValue(field('metadata.discountPercent'), '15%')).toBe('15')
    expect(coerceValue(field('metadata.discountPercent'), '12.345%')).toBe('12.345')
    expect(coerceValue(field('metadata.reviewScore'), '15%')).toBe('0.15')
    expect(coerceValue(field('metadata.discountPercent'), '15')).toBe('15')
  })

  it('remembers which number cells showed a percent, for the review to say so', () => {
    const table: SheetTable = {
      sheetName: 'S',
      headerIndex: 0,
      columnCount: 3,
      rows: [
        { rowNumber: 1, cells: ['할인율', '평점', '메모'] },
        { rowNumber: 2, cells: ['15%', '90%', '5%'] },
        { rowNumber: 3, cells: ['15', '4.5', ''] }
      ]
    }
    const mapping: ColumnMapping = {
      target: 'products:create',
      headerIndex: 0,
      headers: ['할인율', '평점', '메모'],
      columns: [
        { kind: 'field', field: 'metadata.discountPercent' },
        { kind: 'field', field: 'metadata.reviewScore' },
        { kind: 'extra', key: 'memo' }
      ],
      constants: [],
      valueMaps: []
    }
    const [percentRow, plainRow] = applyMapping(table, mapping, 'products:create')
    expect(percentRow?.values.get('metadata.discountPercent')).toBe('15')
    expect(percentRow?.values.get('metadata.reviewScore')).toBe('0.9')
    expect(percentRow?.values.get('metadata.memo')).toBe('5%')
    expect([...(percentRow?.percents ?? [])]).toEqual([['metadata.discountPercent', '15%'], ['metadata.reviewScore', '90%']])
    expect(plainRow?.percents).toBeUndefined()
  })
})
