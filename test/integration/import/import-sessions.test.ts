import { afterAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { createSavedMappingStore } from '../../../src/core/mapping'
import { createSheetReader } from '../../../src/core/sheets'
import { AppError } from '../../../src/shared/errors'
import { ignoreColumn, setConstant } from '../../../src/shared/mapping'

function workbook(sheets: Record<string, string[][]>): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name)
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

function memoryPersistence() {
  let data: unknown = null
  return { load: async () => data, save: async (next: unknown) => void (data = next) }
}

describe('ImportSessions', () => {
  const reader = createSheetReader()
  const sessions = new ImportSessions(reader, createSavedMappingStore(memoryPersistence()))
  afterAll(() => reader.close())

  const customers = [
    ['고객 명단'],
    ['이메일', '이름', '성', '우편번호', '메모'],
    ['kim@example.com', '민수', '김', '06236', 'VIP'],
    ['lee@example.com', '지은', '이', '04524', '']
  ]

  it('opens a workbook, skips the title row and offers every sheet', async () => {
    const view = await sessions.open('고객.xlsx', workbook({ 고객: customers, 메모: [['a'], ['b']] }))
    expect(view.info.sheetNames).toEqual(['고객', '메모'])
    expect(view.headerIndex).toBe(1)
    expect(view.headers).toEqual(['이메일', '이름', '성', '우편번호', '메모'])
    expect(view.rowCount).toBe(2)
    expect(view.samples[3]).toEqual(['06236', '04524'])
    expect(view.target).toBeNull()
  })

  it('maps automatically, previews with leading zeros, and remembers an edited mapping for the same headers', async () => {
    const first = await sessions.open('고객.xlsx', workbook({ 고객: customers }))
    const mapped = await sessions.setTarget(first.sessionId, 'customers:create')
    expect(mapped.mappingRestored).toBe(false)
    expect(mapped.missing).toEqual([])
    expect(mapped.preview[0]?.values).toContainEqual(['address.postalCode', '06236'])
    const edited = setConstant(ignoreColumn(mapped.mapping!, 4), 'receiveEmail', 'yes')
    await sessions.setMapping(first.sessionId, edited)

    const again = await sessions.open('고객 (2).xlsx', workbook({ Sheet1: customers }))
    const restored = await sessions.setTarget(again.sessionId, 'customers:create')
    expect(restored.mappingRestored).toBe(true)
    expect(restored.mapping?.constants).toContainEqual({ field: 'receiveEmail', value: 'yes' })
    expect(restored.mapping?.columns[4]).toEqual({ kind: 'ignore' })
  })

  it('lets the user change the header row and the sheet, keeping the target', async () => {
    const view = await sessions.open('고객.xlsx', workbook({ 고객: customers, 두번째: customers }))
    await sessions.setTarget(view.sessionId, 'customers:create')
    const moved = await sessions.setHeaderRow(view.sessionId, 0)
    expect(moved.headers[0]).toBe('고객 명단')
    expect(moved.rowCount).toBe(3)
    const other = await sessions.chooseSheet(view.sessionId, '두번째')
    expect(other.sheetName).toBe('두번째')
    expect(other.target).toBe('customers:create')
  })

  it('keeps no copy of a one-sheet file (a CSV): asking for its only sheet changes nothing, any other is not there', async () => {
    const csv = new TextEncoder().encode('이메일,이름\nkim@example.com,민수\n')
    const view = await sessions.open('명단.csv', csv)
    expect((sessions.get(view.sessionId) as { bytes: unknown }).bytes).toBeNull()
    expect(await sessions.chooseSheet(view.sessionId, '명단')).toEqual(view)
    await expect(sessions.chooseSheet(view.sessionId, 'Sheet2')).rejects.toMatchObject({ code: 'sheet.sheet-not-found', params: { sheetName: 'Sheet2', fileName: '명단.csv' } })
    const book = await sessions.open('고객.xlsx', workbook({ 고객: customers, 메모: [['a'], ['b']] }))
    expect((sessions.get(book.sessionId) as { bytes: unknown }).bytes).not.toBeNull()
  })

  it('checks a large sheet in turns after showing its first rows, answering in between, and sends only once every row is checked', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [i === 15_000 ? 'not-an-email' : `buyer${i}@example.com`, '민수', '김', '06236', ''])
    const view = await sessions.open('큰 명단.xlsx', workbook({ 고객: [customers[1] ?? [], ...rows] }))
    await sessions.setTarget(view.sessionId, 'customers:create')
    const review = sessions.review(view.sessionId)
    const first = review.summary()
    expect(first.total).toBe(20_000)
    expect(first.checked).toBeLessThan(20_000)
    expect(review.page(0, 50, 'all').rows).toHaveLength(50)
    // Background turns let other work in: a timer set now fires before checking ends.
    const progress: number[] = []
    while (!review.complete) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      progress.push(review.summary().checked)
    }
    expect(progress.length).toBeGreaterThan(1)
    expect(review.summary()).toMatchObject({ total: 20_000, checked: 20_000, ready: 19_999, needsAttention: 1 })
    expect(sessions.readyRows(view.sessionId)).toHaveLength(19_999)
  })

  it('finishes checking before handing over the ready rows, even when asked at once', async () => {
    const rows = Array.from({ length: 8_000 }, (_, i) => [i === 7_999 ? 'not-an-email' : `buyer${i}@example.com`, '민수', '김', '06236', ''])
    const view = await sessions.open('명단.xlsx', workbook({ 고객: [customers[1] ?? [], ...rows] }))
    await sessions.setTarget(view.sessionId, 'customers:create')
    expect(sessions.review(view.sessionId).complete).toBe(false)
    expect(sessions.readyRows(view.sessionId)).toHaveLength(7_999)
  })

  it('turns reader refusals and unknown sessions into plain AppErrors', async () => {
    await expect(sessions.open('empty.csv', new Uint8Array())).rejects.toMatchObject({ code: 'sheet.empty-file' })
    await expect(sessions.open('empty.csv', new Uint8Array())).rejects.toBeInstanceOf(AppError)
    await expect(sessions.setTarget('00000000-0000-4000-8000-000000000000', 'products:create')).rejects.toMatchObject({ code: 'import.session-gone' })
  })
})
