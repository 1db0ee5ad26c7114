import { afterAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { dispatch } from '../../../src/core/app/dispatch'
import { reviewHandlers } from '../../../src/core/app/handlers/review-handlers'
import type { Handlers } from '../../../src/core/app/handlers/types'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { createSavedMappingStore } from '../../../src/core/mapping'
import { createSheetReader } from '../../../src/core/sheets'
import { ignoreColumn } from '../../../src/shared/mapping'

function workbook(rows: string[][]): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '상품')
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

const HEADERS = ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지']
const product = (id: string, category = 'TOP'): string[] => [id, '셔츠', `https://img.example/${id}.jpg`, category, `https://shop.example/p/${id}`]

describe('review handlers', () => {
  const reader = createSheetReader()
  let saved: unknown = null
  const imports = new ImportSessions(reader, createSavedMappingStore({ load: async () => saved, save: async (next) => void (saved = next) }))
  const review = reviewHandlers(imports)
  afterAll(() => reader.close())

  async function openProducts(rows: string[][], headers = HEADERS): Promise<string> {
    const view = await imports.open('상품.xlsx', workbook([headers, ...rows]))
    await imports.setTarget(view.sessionId, 'products:create')
    return view.sessionId
  }

  it('summarises, pages and edits, and the edit lands in the table the upload will send', async () => {
    const sessionId = await openProducts([product('A-1'), product('A-2', '우산'), product('A-1'), product('')])
    const overview = await review['review:summary']({ sessionId })
    expect(overview.target).toBe('products:create')
    expect(overview.summary).toEqual({ total: 4, checked: 4, ready: 1, needsAttention: 3, warnings: 0 })
    expect(overview.columns.map((c) => c.field)).toEqual(['id', 'metadata.productName', 'url', 'detection', 'salesUrl'])

    const attention = await review['review:rows']({ sessionId, offset: 0, limit: 2, filter: 'attention' })
    expect(attention.matching).toBe(3)
    expect(attention.rows.map((r) => [r.rowNumber, r.issues.map((i) => [i.column, i.code])])).toEqual([
      [3, [[3, 'not-allowed']]],
      [4, [[0, 'duplicate-in-file']]]
    ])

    const edit = await review['review:edit-cell']({ sessionId, index: 0, column: 0, value: 'B-1' })
    expect(edit.row).toMatchObject({ index: 0, rowNumber: 2, issues: [] })
    expect(edit.others.map((r) => [r.index, r.issues])).toEqual([[2, []]])
    expect(edit.refetch).toBe(false)
    expect(edit.summary).toEqual({ total: 4, checked: 4, ready: 2, needsAttention: 2, warnings: 0 })
    expect(imports.get(sessionId).table.rows[1]?.cells[0]).toBe('B-1')
    expect(imports.readyRows(sessionId)).toEqual([0, 2])
  })

  it('drops the review when the mapping changes, keeping the edited values', async () => {
    // Headers of their own: the changed mapping is saved for them and must not reach the other tests.
    const sessionId = await openProducts([[...product('A-1', '우산'), '메모']], [...HEADERS, '비고'])
    await review['review:edit-cell']({ sessionId, index: 0, column: 1, value: '와이드 팬츠' })
    expect((await review['review:summary']({ sessionId })).summary.needsAttention).toBe(1)
    await imports.setMapping(sessionId, ignoreColumn(imports.get(sessionId).mapping!, 3))
    const after = await review['review:summary']({ sessionId })
    expect(after.columns[3]?.field).toBeNull()
    const [row] = (await review['review:rows']({ sessionId, offset: 0, limit: 1, filter: 'all' })).rows
    expect(row?.cells[1]).toBe('와이드 팬츠')
    expect(row?.issues.map((i) => [i.column, i.code])).toEqual([[null, 'required']])
  })

  it('asks the screen to refetch when one edit changes very many rows', async () => {
    const sessionId = await openProducts(Array.from({ length: 150 }, () => product('SAME')))
    expect((await review['review:summary']({ sessionId })).summary.needsAttention).toBe(149)
    const edit = await review['review:edit-cell']({ sessionId, index: 0, column: 0, value: 'OTHER' })
    expect(edit).toMatchObject({ refetch: true, others: [], summary: { ready: 2, needsAttention: 148 } })
  })

  it('refuses plainly: no mapping yet, a closed file, a row that is not there', async () => {
    const view = await imports.open('상품.xlsx', workbook([HEADERS, product('A-1')]))
    await expect(async () => review['review:summary']({ sessionId: view.sessionId })).rejects.toMatchObject({ code: 'review.no-mapping' })
    await expect(async () => review['review:summary']({ sessionId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'import.session-gone' })
    const sessionId = await openProducts([product('A-1')])
    await expect(async () => review['review:edit-cell']({ sessionId, index: 5, column: 0, value: 'x' })).rejects.toMatchObject({ code: 'review.no-such-row' })
  })

  it('bounds pages and cell values in the schema', async () => {
    const sessionId = await openProducts([product('A-1')])
    const handlers = review as unknown as Handlers
    const rows = (request: object) => dispatch(handlers, 'review:rows', { sessionId, offset: 0, limit: 10, filter: 'all', ...request })
    await expect(rows({})).resolves.toMatchObject({ ok: true, data: { matching: 1 } })
    await expect(rows({ limit: 501 })).resolves.toMatchObject({ ok: false, code: 'invalid-request' })
    await expect(rows({ filter: 'warnings' })).resolves.toMatchObject({ ok: false, code: 'invalid-request' })
    const edit = (value: string) => dispatch(handlers, 'review:edit-cell', { sessionId, index: 0, column: 1, value })
    await expect(edit('x'.repeat(32_767))).resolves.toMatchObject({ ok: true })
    await expect(edit('x'.repeat(32_768))).resolves.toMatchObject({ ok: false, code: 'invalid-request' })
  })
})
