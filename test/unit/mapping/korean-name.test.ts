import { describe, expect, it } from 'vitest'
import { applyMapping, autoMap } from '../../../src/core/mapping'
import { splitFullName, TWO_SYLLABLE_FAMILY_NAMES } from '../../../src/core/mapping/korean-name'
import type { SheetTable } from '../../../src/shared/sheet'

describe('a full name split into family and given name', () => {
  it('takes the first syllable of a Korean name as the family name', () => {
    expect(splitFullName('홍길동')).toEqual({ family: '홍', given: '길동' })
    expect(splitFullName('김수')).toEqual({ family: '김', given: '수' })
    expect(splitFullName('  이 민 정 ')).toEqual({ family: '이', given: '민 정' })
    expect(splitFullName('김 민수')).toEqual({ family: '김', given: '민수' })
  })

  it('keeps two-syllable family names whole', () => {
    expect(splitFullName('남궁민수')).toEqual({ family: '남궁', given: '민수' })
    expect(splitFullName('황보관')).toEqual({ family: '황보', given: '관' })
    expect(splitFullName('제갈공명')).toEqual({ family: '제갈', given: '공명' })
    expect(splitFullName('선우용녀')).toEqual({ family: '선우', given: '용녀' })
    expect(splitFullName('독고영재')).toEqual({ family: '독고', given: '영재' })
    for (const family of ['남궁', '황보', '제갈', '선우', '독고']) expect(TWO_SYLLABLE_FAMILY_NAMES.has(family)).toBe(true)
    // Two syllables alone are a one-syllable family name and a given name (선우 is also a given name).
    expect(splitFullName('선우')).toEqual({ family: '선', given: '우' })
  })

  it('reads other names given name first, or family name before a comma', () => {
    expect(splitFullName('Jane Kim')).toEqual({ family: 'Kim', given: 'Jane' })
    expect(splitFullName('Mary Ann Lee')).toEqual({ family: 'Lee', given: 'Mary Ann' })
    expect(splitFullName('Kim, Minsu')).toEqual({ family: 'Kim', given: 'Minsu' })
    expect(splitFullName('Madonna')).toEqual({ family: '', given: 'Madonna' })
    expect(splitFullName('')).toEqual({ family: '', given: '' })
  })
})

describe('a member list with one name column', () => {
  it('is previewed and sent with 성 and 이름 filled from it', () => {
    const rows = [['이메일', '성명', '수신동의'], ['kim@example.com', '홍길동', 'Y'], ['nam@example.com', '남궁민수', 'N'], ['jane@example.com', 'Jane Kim', 'Y']]
    const table: SheetTable = { sheetName: '회원', headerIndex: 0, columnCount: 3, rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })) }
    const mapping = autoMap(rows[0] ?? [], 'customers:create')
    const mapped = applyMapping(table, mapping, 'customers:create').map((row) => Object.fromEntries(row.values))
    expect(mapped).toEqual([
      { email: 'kim@example.com', lastName: '홍', firstName: '길동', receiveEmail: 'yes' },
      { email: 'nam@example.com', lastName: '남궁', firstName: '민수', receiveEmail: 'no' },
      { email: 'jane@example.com', lastName: 'Kim', firstName: 'Jane', receiveEmail: 'yes' }
    ])
  })
})
