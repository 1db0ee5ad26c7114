import { describe, expect, it } from 'vitest'
import { applyMapping, setConstant } from '../../../src/core/mapping'
import { ReviewModel } from '../../../src/core/review'
import { summarizeChecks, validateRows } from '../../../src/core/validation'
import { headersOf } from '../../../src/core/mapping'
import { columnLetters } from '../../../src/shared/sheet'
import { mapped, PRODUCT_HEADERS, productRow, sheet } from './support'

const ID = 0
const CATEGORY = 3
const PAGE = 4

/** Row problems as [column, code] pairs, to compare briefly. */
const problems = (model: ReviewModel, index: number) => model.row(index).issues.map((i) => [i.column, i.code])

/** What validateRows says about the model's current table: the model must always agree with it. */
function freshCheck(model: ReviewModel, mapping: ReturnType<typeof mapped>) {
  const headers = headersOf(model.table)
  const letters = columnLetters(model.table)
  const columnNames = new Map<string, string>()
  const fieldLetters = new Map<string, string>()
  mapping.columns.forEach((a, c) => {
    if (a.kind === 'field' && !columnNames.has(a.field)) columnNames.set(a.field, headers[c] ?? '')
    if (a.kind === 'field' && !fieldLetters.has(a.field)) fieldLetters.set(a.field, letters[c] ?? '')
  })
  return validateRows(applyMapping(model.table, mapping, mapping.target), mapping.target, { columnNames, columnLetters: fieldLetters })
}

describe('the review model', () => {
  it('places each problem on the column that feeds its field, and fixed-value or whole-row problems on none', () => {
    const table = sheet(PRODUCT_HEADERS, [
      productRow('A-1'),
      ['A-2', '셔츠', 'https://img.example/2.jpg', '우산', 'https://shop.example/p/2'],
      ['', '셔츠', 'https://img.example/3.jpg', 'TOP', 'https://shop.example/p/3'],
      ['000123', '셔츠', 'https://example.com/images/000123.jpg', 'TOP', 'https://shop.example/p/4']
    ])
    const model = new ReviewModel(table, mapped(table))
    expect(problems(model, 0)).toEqual([])
    expect(problems(model, 1)).toEqual([[CATEGORY, 'not-allowed']])
    expect(problems(model, 2)).toEqual([[ID, 'required']])
    expect(problems(model, 3)).toEqual([[null, 'template-example']])
    expect(model.row(1)).toMatchObject({ index: 1, rowNumber: 4, cells: table.rows[3]?.cells })
    expect(model.row(1).issues[0]?.message.en).toContain('Category')

    const withoutPageColumn = table.rows.map((r) => ({ ...r, cells: r.cells.slice(0, PAGE) }))
    const narrow = { ...table, rows: withoutPageColumn, columnCount: PAGE }
    const badConstant = setConstant(mapped(narrow), 'salesUrl', 'shop.example/p')
    expect(new ReviewModel(narrow, badConstant).row(0).issues.map((i) => [i.column, i.field, i.code])).toEqual([[null, 'salesUrl', 'invalid-url']])
  })

  it('names columns by their original sheet letters, blank columns dropped on reading counted', () => {
    // The sheet had blank columns A and D: 상품코드 is in B, 카테고리 in F.
    const table = { ...sheet(PRODUCT_HEADERS, [['', '셔츠', 'https://img.example/3.jpg', 'TOP', 'https://shop.example/p/3']]), sheetColumns: [1, 2, 4, 5, 6] }
    const model = new ReviewModel(table, mapped(table))
    expect(model.columns().map((c) => c.letter)).toEqual(['B', 'C', 'E', 'F', 'G'])
    expect(model.row(0).issues[0]?.message).toEqual({ en: 'Product ID is empty — fill in column B “상품코드”', ko: '상품코드가 비어 있습니다 — B열 “상품코드”를 채워 주세요' })
  })

  it('describes the columns with what each feeds', () => {
    const table = sheet([...PRODUCT_HEADERS, '비고'], [[...productRow('A-1'), 'x']])
    const columns = new ReviewModel(table, mapped(table)).columns()
    expect(columns[0]).toEqual({ index: 0, letter: 'A', header: '상품코드', field: 'id', extraKey: null })
    expect(columns[5]).toEqual({ index: 5, letter: 'F', header: '비고', field: null, extraKey: null })
  })

  it('re-checks an edited row at once: a fix makes it ready, a mistake makes it need attention', () => {
    const table = sheet(PRODUCT_HEADERS, [productRow('A-1'), ['A-2', '셔츠', 'https://img.example/2.jpg', '우산', 'https://shop.example/p/2']])
    const model = new ReviewModel(table, mapped(table))
    expect(model.summary()).toEqual({ total: 2, checked: 2, ready: 1, needsAttention: 1, warnings: 0 })
    expect(model.editCell(1, CATEGORY, ' 상의 ')).toEqual({ others: [] })
    expect(problems(model, 1)).toEqual([])
    expect(model.row(1).cells[CATEGORY]).toBe('상의')
    expect(model.summary()).toEqual({ total: 2, checked: 2, ready: 2, needsAttention: 0, warnings: 0 })
    model.editCell(0, PAGE, 'not a page')
    expect(problems(model, 0)).toEqual([[PAGE, 'invalid-url']])
    expect(model.summary()).toEqual({ total: 2, checked: 2, ready: 1, needsAttention: 1, warnings: 0 })
    expect(model.readyRows()).toEqual([1])
  })

  it('edits a copy of the table: the new value is in model.table, the old table is untouched', () => {
    const table = sheet(PRODUCT_HEADERS, [productRow('A-1'), productRow('A-2')])
    const model = new ReviewModel(table, mapped(table))
    model.editCell(1, 1, '와이드 팬츠')
    expect(table.rows[3]?.cells[1]).toBe('린넨 셔츠')
    expect(model.table.rows[3]).toEqual({ rowNumber: 4, cells: [...productRow('A-2').slice(0, 1), '와이드 팬츠', ...productRow('A-2').slice(2)] })
    expect(model.table.rows[2]).toBe(table.rows[2])
  })

  it('flags a duplicate on the later row and clears it when either row changes', () => {
    const table = sheet(PRODUCT_HEADERS, [productRow('A-1'), productRow('B-1'), productRow('C-1')])
    const model = new ReviewModel(table, mapped(table))
    // Row 2 (sheet row 4) takes row 1's id: the later one is the repeat.
    expect(model.editCell(1, ID, 'A-1')).toEqual({ others: [] })
    expect(problems(model, 1)).toEqual([[ID, 'duplicate-in-file']])
    expect(model.row(1).issues[0]?.message.en).toBe('Same product id as row 3 — each product can appear only once')
    // Changing the first row frees its partner.
    expect(model.editCell(0, ID, 'Z-1')).toEqual({ others: [1] })
    expect(problems(model, 1)).toEqual([])
    // The first row taking the id back makes the partner a repeat again.
    expect(model.editCell(0, ID, 'A-1')).toEqual({ others: [1] })
    expect(problems(model, 1)).toEqual([[ID, 'duplicate-in-file']])
    // A later row taking an earlier id flags itself, not the earlier one.
    expect(model.editCell(2, ID, 'A-1')).toEqual({ others: [] })
    expect(problems(model, 2)).toEqual([[ID, 'duplicate-in-file']])
    // The first leaving hands "first" to the next: the last now repeats sheet row 4.
    expect(model.editCell(0, ID, 'Q-1')).toEqual({ others: [1, 2] })
    expect(problems(model, 1)).toEqual([])
    expect(model.row(2).issues[0]?.message.en).toContain('as row 4')
    expect(model.summary()).toEqual({ total: 3, checked: 3, ready: 2, needsAttention: 1, warnings: 0 })
  })

  it('pages through every row or only those needing attention, in order', () => {
    const rows = Array.from({ length: 25 }, (_, i) => (i % 4 === 1 ? ['', '셔츠', 'https://img.example/x.jpg', 'TOP', 'https://shop.example/p/x'] : productRow(`P-${i}`)))
    const table = sheet(PRODUCT_HEADERS, rows)
    const model = new ReviewModel(table, mapped(table))
    const all = model.page(20, 10, 'all')
    expect(all.matching).toBe(25)
    expect(all.rows.map((r) => r.index)).toEqual([20, 21, 22, 23, 24])
    const attention = [0, 3].flatMap((offset) => model.page(offset, 3, 'attention').rows.map((r) => r.index))
    expect(attention).toEqual([1, 5, 9, 13, 17, 21])
    expect(model.page(0, 500, 'attention').matching).toBe(6)
    model.editCell(5, ID, 'FIXED')
    expect(model.page(0, 500, 'attention').rows.map((r) => r.rowNumber)).toEqual([4, 12, 16, 20, 24])
    expect(model.page(99, 5, 'attention')).toEqual({ matching: 5, rows: [] })
  })

  it('agrees with validateRows over the edited table after every one of many random edits', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return (seed >>> 16) % n
    }
    const ids = ['A', 'B', 'C', 'D', '', 'bad id']
    const categories = ['TOP', '상의', 'BAG', '우산']
    const table = sheet(PRODUCT_HEADERS, Array.from({ length: 40 }, (_, i) => productRow(ids[i % 4] ?? 'A')))
    const mapping = mapped(table)
    const model = new ReviewModel(table, mapping)
    const errorFree = (fresh: ReturnType<typeof freshCheck>) => fresh.flatMap((c, i) => (c.issues.some((x) => x.severity === 'error') ? [] : [i]))
    for (let step = 0; step < 300; step++) {
      const column = random(3) === 0 ? CATEGORY : ID
      model.editCell(random(40), column, column === ID ? (ids[random(6)] ?? '') : (categories[random(4)] ?? ''))
      const fresh = freshCheck(model, mapping)
      expect(model.summary()).toEqual({ total: 40, checked: 40, ...summarizeChecks(fresh) })
      expect(model.readyRows()).toEqual(errorFree(fresh))
    }
    const fresh = freshCheck(model, mapping)
    expect(Array.from({ length: 40 }, (_, i) => model.row(i).issues.map(({ column: _c, ...issue }) => issue))).toEqual(fresh.map((c) => c.issues))
  })

  it('shows its first rows at once and checks the rest in order, ending exactly where validateRows does, edits made on the way included', () => {
    // Every 97th row repeats the id of a row 1,500 rows earlier, so repeats cross the rows checked first and every later turn.
    const rows = Array.from({ length: 6_000 }, (_, i) => productRow(i % 97 === 0 && i >= 1_500 ? `P-${i - 1_500}` : `P-${i}`))
    const table = sheet(PRODUCT_HEADERS, rows)
    const mapping = mapped(table)
    const model = new ReviewModel(table, mapping)
    const first = model.summary()
    expect(first).toMatchObject({ total: 6_000, checked: 1_000, needsAttention: 0 })
    expect(model.complete).toBe(false)
    expect(model.page(0, 500, 'attention').matching).toBe(0)
    // Asking for a row further down checks up to it; the counts follow, always adding up.
    expect(problems(model, 3_007)).toEqual([[ID, 'duplicate-in-file']])
    const midway = model.summary()
    expect(midway.checked).toBeGreaterThanOrEqual(3_008)
    expect(midway.ready + midway.needsAttention).toBe(midway.checked)
    expect(model.page(0, 500, 'attention').matching).toBe(midway.needsAttention)
    model.editCell(1_507, ID, 'NEW-ID') // the first row the row 3,007 repeats
    model.editCell(10, ID, `P-${4_000}`) // a key a row not yet checked has
    let turns = 0
    while (model.checkFor(1)) turns++
    expect(turns).toBeGreaterThan(0)
    expect(model.complete).toBe(true)
    const fresh = freshCheck(model, mapping)
    expect(model.summary()).toEqual({ total: 6_000, checked: 6_000, ...summarizeChecks(fresh) })
    expect(Array.from({ length: 6_000 }, (_, i) => model.row(i).issues.map(({ column: _c, ...issue }) => issue))).toEqual(fresh.map((c) => c.issues))
  })

  it('refuses rows and columns that are not in the sheet with a plain message', () => {
    const table = sheet(PRODUCT_HEADERS, [productRow('A-1')])
    const model = new ReviewModel(table, mapped(table))
    expect(() => model.editCell(1, 0, 'x')).toThrow(expect.objectContaining({ code: 'review.no-such-row' }))
    expect(() => model.editCell(-1, 0, 'x')).toThrow(expect.objectContaining({ code: 'review.no-such-row' }))
    expect(() => model.editCell(0, 5, 'x')).toThrow(expect.objectContaining({ code: 'review.no-such-column' }))
    expect(() => model.row(7)).toThrow(expect.objectContaining({ code: 'review.no-such-row' }))
  })
})
