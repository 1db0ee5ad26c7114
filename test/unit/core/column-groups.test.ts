import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { columnGroups } from '../../../src/core/import/column-groups'
import type { SheetTable } from '../../../src/shared/sheet'

function table(rows: string[][], headerIndex: number): SheetTable {
  return { sheetName: 'Sheet1', headerIndex, columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })) }
}

/** ESM Plus's own bulk template (test/fixtures/platform-exports/SOURCES.md): a notice, groups, sub-groups, then the names. */
function esmTemplate(): SheetTable {
  const text = readFileSync('test/fixtures/platform-exports/esm-gmarket-auction/products-template.csv', 'utf8').replace(/^\uFEFF/, '')
  const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(text, { type: 'string', raw: true }).Sheets['Sheet1'] ?? {}, { header: 1, raw: false, defval: '' })
  return table(rows, 3)
}

describe('the groups columns sit under', () => {
  it('come from the group and sub-group rows of a real template, so its repeated names can be told apart', () => {
    const esm = esmTemplate()
    const groups = columnGroups(esm)
    const headers = esm.rows[3]?.cells ?? []
    const groupOf = (name: string, nth = 0): string | null => groups[headers.map((h, i) => [h, i] as const).filter(([h]) => h === name)[nth]?.[1] ?? -1] ?? null
    expect(groupOf('A 판매가')).toBe('상품기본정보 › 판매가')
    expect(groupOf('배송방법')).toBe('배송정보')
    expect(groupOf('인증타입')).toBe('공통 안전인증정보 › 어린이제품')
    // The notice row above the groups is not a group.
    expect(groups.every((g) => g === null || !g.includes('가이드'))).toBe(true)
  })

  it('are none for a plain header row, and a title equal to the name adds nothing', () => {
    expect(columnGroups(table([['상품코드', '상품명'], ['A1', '셔츠']], 0))).toEqual([])
    expect(columnGroups(table([['기본', '', '가격', ''], ['상품코드', '상품명', '가격', '할인가'], ['A1', '셔츠', '1000', '900']], 1))).toEqual(['기본', '기본', null, '가격'])
  })
})
