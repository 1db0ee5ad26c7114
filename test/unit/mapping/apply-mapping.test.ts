import { describe, expect, it } from 'vitest'
import type { SheetTable } from '../../../src/shared/sheet'
import { applyMapping, assignColumn, autoMap, autoMapTable, headersOf, mapColumnAsExtra, mappingFitsTable, setConstant, setValueMap } from '../../../src/core/mapping'

function table(rows: string[][], headerIndex = 0): SheetTable {
  return {
    sheetName: 'Sheet1',
    rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })),
    headerIndex,
    columnCount: Math.max(...rows.map((r) => r.length))
  }
}

const entries = (values: ReadonlyMap<string, string>): [string, string][] => [...values.entries()]

describe('applyMapping', () => {
  it('coerces mapped products, adds constants and extras, skips empty cells', () => {
    const t = table([
      ['상품코드', '상품명', '판매가', '카테고리', '성별', '소재', '비고'],
      ['000123', '린넨 셔츠', '₩39,000', '상의', '남/여', '린넨', '메모'],
      ['A-2', '', '10,000원', '원피스', '', '', '']
    ])
    let m = autoMapTable(t, 'products:create')
    m = mapColumnAsExtra(m, 5, 'fabric')
    const rows = applyMapping(t, m, 'products:create')
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3])
    expect(entries(rows[0]!.values)).toEqual([
      ['id', '000123'],
      ['metadata.productName', '린넨 셔츠'],
      ['metadata.salesPrice', '39000'],
      ['detection', 'TOP'],
      ['metadata.gender', 'MALE,FEMALE'],
      ['metadata.fabric', '린넨'],
      ['metadata.currency', 'KRW']
    ])
    expect(entries(rows[1]!.values)).toEqual([
      ['id', 'A-2'],
      ['metadata.salesPrice', '10000'],
      ['detection', 'WHOLEBODY'],
      ['metadata.currency', 'KRW']
    ])
  })

  it('keeps unmatched enum values and bad numbers raw for validation', () => {
    // Mapped by header alone: automatic matching would now leave columns whose values contradict their header unmatched.
    const t = table([['상품코드', '카테고리', '판매가'], ['X', '액세서리', '무료']])
    const [row] = applyMapping(t, autoMap(headersOf(t), 'products:create'), 'products:create')
    expect(row?.values.get('detection')).toBe('액세서리')
    expect(row?.values.get('metadata.salesPrice')).toBe('무료')
  })

  it('applies user value maps before built-ins', () => {
    const t = table([['상품코드', '카테고리'], ['X', '셔츠']])
    const m = setValueMap(autoMapTable(t, 'products:create'), 'detection', '셔츠', 'OUTWEAR')
    expect(applyMapping(t, m, 'products:create')[0]?.values.get('detection')).toBe('OUTWEAR')
  })

  it('customers: dynamic extras, receiveEmail default fills empty cells, text stays text', () => {
    const t = table([
      ['이메일', '이름', '성', '수신동의', '우편번호', '휴대폰', '생년월일', '결혼여부'],
      ['a@example.com', '길동', '홍', '예', '06236', '010-1234-5678', '1990.3.5', 'Married'],
      ['b@example.com', '영희', '김', '', '01234', '01012345678', '19900305', '']
    ])
    const m = mapColumnAsExtra(autoMapTable(t, 'customers:create'), 7, 'maritalStatus')
    const rows = applyMapping(t, m, 'customers:create')
    expect(rows[0]?.values.get('receiveEmail')).toBe('yes')
    expect(rows[0]?.values.get('dynamic.maritalStatus')).toBe('Married')
    expect(rows[0]?.values.get('dateOfBirth')).toBe('1990-03-05')
    expect(rows[1]?.values.get('receiveEmail')).toBe('no')
    expect(rows[1]?.values.get('address.postalCode')).toBe('01234')
    expect(rows[1]?.values.get('address.phoneNumber')).toBe('01012345678')
    expect(rows[1]?.values.has('dynamic.maritalStatus')).toBe(false)
  })

  it('a constant applies to every row when no column feeds the field', () => {
    const t = table([['프로필명'], ['여름 고객'], ['겨울 고객']])
    const m = setConstant(autoMapTable(t, 'intents:create'), 'task_name', 'season-task')
    expect(applyMapping(t, m, 'intents:create').map((r) => r.values.get('task_name'))).toEqual(['season-task', 'season-task'])
  })

  it('uses rows below the header row only, and is safe with hostile headers and cells', () => {
    const t = table(
      [
        ['상품 목록 2024'],
        ['__proto__', 'constructor', '상품코드'],
        ['{"polluted":true}', 'x', 'P1']
      ],
      1
    )
    let m = autoMapTable(t, 'products:create')
    m = mapColumnAsExtra(m, 0, 'proto')
    const rows = applyMapping(t, m, 'products:create')
    expect(rows).toHaveLength(1)
    expect(rows[0]?.rowNumber).toBe(3)
    expect(entries(rows[0]!.values)).toEqual([
      ['metadata.proto', '{"polluted":true}'],
      ['id', 'P1']
    ])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('handles short rows (missing trailing cells)', () => {
    const t = table([['상품코드', '상품명', '판매가'], ['P1']])
    expect(entries(applyMapping(t, autoMapTable(t, 'products:create'), 'products:create')[0]!.values)).toEqual([
      ['id', 'P1'],
      ['metadata.currency', 'KRW']
    ])
  })

  it('refuses a mapping made for another target or header row', () => {
    const t = table([['상품코드'], ['P1']])
    const m = autoMapTable(t, 'products:create')
    expect(() => applyMapping(t, m, 'products:update')).toThrow()
    const other = table([['상품명'], ['x']])
    expect(mappingFitsTable(m, other)).toBe(false)
    expect(() => applyMapping(other, m, 'products:create')).toThrow()
    expect(mappingFitsTable(m, { ...t, headerIndex: 1 })).toBe(false)
    expect(mappingFitsTable(assignColumn(m, 0, 'id'), t)).toBe(true)
  })
})
