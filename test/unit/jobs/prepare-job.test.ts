import { describe, expect, it } from 'vitest'
import { columnWords, prepareJob, type JobSource } from '../../../src/core/jobs/prepare-job'
import { applyMapping } from '../../../src/core/mapping'
import { buildRequest } from '../../../src/core/targets'
import { hasErrors, validateRows, type RowCheck } from '../../../src/core/validation'
import { productRow, PRODUCT_HEADERS, sourceOf, titledSheet } from './support'

/**
 * What prepareJob gave before it went row by row: every row mapped at once,
 * validateRows over the whole file, a payload built for every valid row in
 * scope — the oracle the new one must equal.
 */
function wholeFile(source: JobSource, only?: readonly number[]) {
  const rows = applyMapping(source.table, source.mapping, source.target)
  const checks = validateRows(rows, source.target, columnWords(source.table, source.mapping))
  const scope = only === undefined ? rows.map((_, i) => i) : [...new Set(only)].filter((i) => i >= 0 && i < rows.length).sort((a, b) => a - b)
  const withIssues = new Map<number, RowCheck>()
  const invalid: number[] = []
  const items: { index: number; key: string; payload: unknown }[] = []
  for (const index of scope) {
    const check = checks[index]
    const row = rows[index]
    if (check === undefined || row === undefined) continue
    if (check.issues.length > 0) withIssues.set(index, check)
    if (hasErrors(check)) invalid.push(index)
    else items.push({ index, key: buildRequest(source.target, row).key, payload: buildRequest(source.target, row).payload })
  }
  return { scope, invalid, rowsWithIssues: withIssues, items }
}

/** A prepared job as plain data, each payload read once. */
function plain(prepared: ReturnType<typeof prepareJob>) {
  return { scope: prepared.scope, invalid: prepared.invalid, rowsWithIssues: prepared.rowsWithIssues, items: prepared.items.map(({ index, key, payload }) => ({ index, key, payload })) }
}

const ROWS = 12_345
/** Rows far apart that repeat an earlier id, on both sides of the review's 5,000-row chunks and the snapshot's 2,000-row lines. */
const REPEATS: ReadonlyMap<number, number> = new Map([[4_999, 17], [5_000, 17], [10_001, 4_998], [12_344, 0]])

/** A large products sheet with repeats, rows with errors and rows with only a warning. */
function largeSource(): JobSource {
  const rows = Array.from({ length: ROWS }, (_, i) => productRow(`P-${i}`))
  for (const [at, of] of REPEATS) rows[at] = productRow(`P-${of}`)
  rows[3] = ['', '이름만', 'https://img.example/x.jpg', 'TOP', 'https://shop.example/p/x', '10'] // no id
  rows[7_777] = productRow('P-7777').map((cell, c) => (c === 3 ? 'NOT-A-CATEGORY' : cell))
  rows[2_000] = productRow('P-2000').map((cell, c) => (c === 5 ? '15%' : cell)) // a warning only
  rows[9_000] = productRow('P-9000').map((cell, c) => (c === 5 ? '20%' : cell))
  return sourceOf(titledSheet(PRODUCT_HEADERS, rows))
}

describe('prepareJob, row by row', () => {
  const source = largeSource()

  it('equals the whole-file preparation: same scope, invalid rows, reasons and requests', () => {
    const prepared = prepareJob(source)
    expect(plain(prepared)).toEqual(wholeFile(source))
    expect(prepared.invalid).toEqual([3, 4_999, 5_000, 7_777, 10_001, 12_344])
    expect(prepared.items).toHaveLength(ROWS - prepared.invalid.length)
  })

  it('names the first row of a repeated id even when it is thousands of rows earlier', () => {
    const prepared = prepareJob(source)
    const repeat = prepared.rowsWithIssues.get(10_001)
    expect(repeat?.rowNumber).toBe(10_001 + 3)
    expect(repeat?.issues.map((i) => [i.code, i.message.en])).toEqual([['duplicate-in-file', `Same product id as row ${4_998 + 3} — each product can appear only once`]])
    expect(prepared.rowsWithIssues.get(5_000)?.issues.map((i) => i.message.en)).toEqual([`Same product id as row ${17 + 3} — each product can appear only once`])
  })

  it('keeps the checks of rows with warnings, and none of rows without issues', () => {
    const prepared = prepareJob(source)
    expect(prepared.rowsWithIssues.get(2_000)?.issues.map((i) => [i.code, i.severity])).toEqual([['percent-read', 'warning']])
    expect(prepared.invalid).not.toContain(2_000)
    expect(prepared.items.some((item) => item.index === 2_000)).toBe(true)
    expect(prepared.rowsWithIssues.has(1)).toBe(false)
    expect([...prepared.rowsWithIssues.keys()]).toEqual([3, 2_000, 4_999, 5_000, 7_777, 9_000, 10_001, 12_344])
  })

  it('for a partial resend checks the whole file but keeps only the rows asked for', () => {
    const only = [12_344, 10_001, 9_000, 3, 3, 8, -1, ROWS, 1.5]
    const prepared = prepareJob(source, { only })
    expect(plain(prepared)).toEqual(wholeFile(source, only))
    // 10,001 repeats row 4,998, which is not in scope: still a repeat.
    expect(prepared.invalid).toEqual([3, 10_001, 12_344])
    expect(prepared.items.map((item) => item.index)).toEqual([8, 9_000])
    expect([...prepared.rowsWithIssues.keys()]).toEqual([3, 9_000, 10_001, 12_344])
  })

  it('refuses a mapping made for another header row, as applyMapping does', () => {
    const moved = { ...source, table: { ...source.table, headerIndex: 0 } }
    expect(() => prepareJob(moved)).toThrow(/different header row/)
  })
})

describe('payloads built when they are read', () => {
  const source = sourceOf(titledSheet(PRODUCT_HEADERS, [productRow('A-1'), productRow('A-2')]))

  it('builds the request of the item’s own row on each read, the same request each time', () => {
    const [first, second] = prepareJob(source).items
    const rows = applyMapping(source.table, source.mapping, source.target)
    expect(first?.payload).toEqual(buildRequest('products:create', rows[0]!).payload)
    expect(second?.payload).toEqual(buildRequest('products:create', rows[1]!).payload)
    expect(first?.payload).not.toBe(first?.payload)
    expect(first?.payload).toEqual(first?.payload)
    expect(Object.keys(first ?? {})).toEqual(['index', 'key'])
  })

  it('keeps no mapped rows or built payloads: only scope, invalid rows, checks with issues and items', () => {
    expect(Object.keys(prepareJob(source)).sort()).toEqual(['invalid', 'items', 'rowsWithIssues', 'scope'])
  })

  it('builds from the table it was given: a later copy of the table (an edit) does not change what is sent', () => {
    const prepared = prepareJob(source)
    const edited = { ...source.table, rows: source.table.rows.map((row) => ({ ...row, cells: row.cells.map(() => 'changed') })) }
    expect(edited.rows[2]?.cells[0]).toBe('changed')
    expect(prepared.items[0]?.payload).toMatchObject({ id: 'A-1' })
  })

  it('passes build options on: a customer row without a password gets one made for the request being built', () => {
    const customers = sourceOf(titledSheet(['이메일', '이름', '성', '수신 동의'], [['jane@example.com', 'Jane', 'Kim', 'no']]), 'customers:create')
    let made = 0
    const [item] = prepareJob(customers, { build: { makePassword: () => `Made-${++made}-Aa1!` } }).items
    expect(made).toBe(0)
    expect(item?.payload).toMatchObject({ email: 'jane@example.com', password: 'Made-1-Aa1!' })
    expect(made).toBe(1)
  })
})
