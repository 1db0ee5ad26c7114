import { describe, expect, it } from 'vitest'
import { restoreReportTable } from '../../../src/core/report'
import { REPORT_COLUMNS, REPORT_COLUMNS_KO } from '../../../src/shared/mapping'
import type { SheetTable } from '../../../src/shared/sheet'

function table(rows: string[][], headerIndex = 0): SheetTable {
  return { sheetName: 'S', rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })), headerIndex, columnCount: rows[0]?.length ?? 0 }
}

const [status, reason, sourceRow, sourceSheet] = REPORT_COLUMNS

describe('restoreReportTable', () => {
  it('unescapes the header row and every row below it of a report', () => {
    const restored = restoreReportTable(
      table([
        ["'+옵션", 'id', sourceSheet, sourceRow, status, reason],
        ["'=SUM(A1:A2)", "''=x", 'S', '2', 'Failed', "'-"],
        ["'abc", '-5', 'S', '3', 'Failed', 'x']
      ])
    )
    expect(restored.rows.map((r) => r.cells)).toEqual([
      ['+옵션', 'id', sourceSheet, sourceRow, status, reason],
      ['=SUM(A1:A2)', "'=x", 'S', '2', 'Failed', '-'],
      ["'abc", '-5', 'S', '3', 'Failed', 'x']
    ])
    expect(restored.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3])
  })

  it('finds the report header below rows staff added, whatever the automatic detection chose, and leaves those rows alone', () => {
    const restored = restoreReportTable(
      table(
        [
          ["'=note"],
          ['2024', '2025', ...REPORT_COLUMNS_KO],
          ["'-1+1", '7', '시트', '2', '실패', '사유']
        ],
        2
      )
    )
    expect(restored.headerIndex).toBe(1)
    expect(restored.rows[0]?.cells).toEqual(["'=note"])
    expect(restored.rows[2]?.cells[0]).toBe('-1+1')
  })

  it('recognises the columns loosely (case, spaces, either language, any order)', () => {
    const restored = restoreReportTable(table([['a', ' SHEETPORT  reason', REPORT_COLUMNS_KO[0], sourceSheet, REPORT_COLUMNS_KO[2]], ["'=1", '', '', '', '']]))
    expect(restored.rows[1]?.cells[0]).toBe('=1')
  })

  it('leaves any other table untouched, even with some of the report columns', () => {
    const plain = table([['a', status, reason], ["'=1", 'x', 'y']])
    expect(restoreReportTable(plain)).toBe(plain)
    const notHeader = table([['a'], ["'=1"]])
    expect(restoreReportTable(notHeader)).toBe(notHeader)
  })

  it('does not look for a header far down the sheet', () => {
    const rows = [...Array.from({ length: 20 }, (_, i) => [`row ${i}`]), ['a', ...REPORT_COLUMNS], ["'=1"]]
    const far = table(rows)
    expect(restoreReportTable(far)).toBe(far)
  })
})
