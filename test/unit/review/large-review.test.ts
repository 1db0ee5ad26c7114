import { beforeAll, describe, expect, it, vi } from 'vitest'
import * as mapping from '../../../src/core/mapping'
import { ReviewModel } from '../../../src/core/review'
import type { SheetTable } from '../../../src/shared/sheet'
import { mapped, PRODUCT_HEADERS, productRow, sheet } from './support'

/** Counts the data rows each applyMapping call maps, to prove an edit maps one row, not the file. */
const mappedRows: number[] = []
vi.mock('../../../src/core/mapping', async (original) => {
  const actual = await original<typeof mapping>()
  return {
    ...actual,
    applyMapping: (table: SheetTable, ...rest: [never, never]) => {
      mappedRows.push(table.rows.length - table.headerIndex - 1)
      return actual.applyMapping(table, ...rest)
    }
  }
})

const ROWS = 100_000

describe(`reviewing ${ROWS.toLocaleString('en')} rows`, () => {
  let model: ReviewModel
  beforeAll(() => {
    const rows = Array.from({ length: ROWS }, (_, i) => productRow(i % 1000 === 999 ? `P-${i - 1}` : `P-${i}`))
    const table = sheet(PRODUCT_HEADERS, rows)
    const started = performance.now()
    model = new ReviewModel(table, mapped(table))
    model.checkAll()
    console.info(`built the review of ${ROWS} rows in ${Math.round(performance.now() - started)} ms`)
  })

  it('finds the repeats and never maps more than a chunk of rows at once', () => {
    expect(model.summary()).toEqual({ total: ROWS, checked: ROWS, ready: ROWS - 100, needsAttention: 100, warnings: 0 })
    expect(Math.max(...mappedRows)).toBeLessThanOrEqual(5_000)
  })

  it('maps and re-checks only the edited row on an edit, however large the file', () => {
    mappedRows.length = 0
    const started = performance.now()
    for (let i = 0; i < 200; i++) model.editCell((i * 4_999) % ROWS, 0, i % 2 === 0 ? `EDIT-${i}` : `P-${i}`)
    console.info(`200 edits of a ${ROWS}-row review: ${((performance.now() - started) / 200).toFixed(2)} ms each`)
    expect(mappedRows).toEqual(Array.from({ length: 200 }, () => 1))
    const { total, ready, needsAttention } = model.summary()
    expect(ready + needsAttention).toBe(total)
    expect(model.page(0, 500, 'attention').matching).toBe(needsAttention)
  })
})
