import { describe, expect, it } from 'vitest'
import type { WorkSheet } from 'xlsx'
import { sheetCellRows } from '../../../src/core/sheets/sheet-cells'

describe('sheetCellRows', () => {
  const rows = [[{ t: 'n' as const, v: 1 }], undefined, [{ t: 's' as const, v: 'a' }]]

  it('gives a worksheet its cells, and a sheet without cells none', () => {
    expect(sheetCellRows({ '!data': rows } as WorkSheet)).toEqual(rows)
    expect(sheetCellRows({} as WorkSheet)).toEqual([])
  })

  it('gives a chart sheet none, though SheetJS fills an .xls chart with its series data', () => {
    expect(sheetCellRows({ '!type': 'chart', '!data': rows } as WorkSheet)).toEqual([])
  })
})
