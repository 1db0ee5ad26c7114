import { describe, expect, it } from 'vitest'
import { TableBuilder } from '../../../src/core/sheets/build-table'
import { DEFAULT_SHEET_LIMITS } from '../../../src/core/sheets/limits'
import { runParseJob } from '../../../src/core/sheets/parse-job'
import { PostedRowStream, ReceivedRows, type StreamMessage } from '../../../src/core/sheets/row-stream'
import type { SheetTable } from '../../../src/shared/sheet'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { readWorkbook } from '../../../src/core/sheets/read-workbook'
import { textBytes, workbookBytes, xlsxBytes } from './fixtures'

/** Source rows of a template export: a title, a header, a guidance row, then `n` products, with a column blank throughout and Excel's text prefix. */
function sourceRows(n: number): string[][] {
  const rows = [['상품 등록 양식'], ['상품코드', '상품명', '', '판매가'], ['필수', '필수', '', '선택']]
  for (let i = 0; i < n; i++) rows.push([`'00${i}`, ` 셔츠 ${i} `, '', String(1000 + i)], [])
  return rows
}

/** The table built with and without a stream (batches of `batchRows`), and the messages the stream sent. */
function bothWays(rows: readonly string[][], batchRows: number): { whole: SheetTable; streamed: SheetTable; messages: StreamMessage[] } {
  const plain = new TableBuilder(DEFAULT_SHEET_LIMITS)
  rows.forEach((cells, i) => plain.add(i + 1, cells))
  const messages: StreamMessage[] = []
  const stream = new PostedRowStream((m) => messages.push(structuredClone(m)))
  const builder = new TableBuilder(DEFAULT_SHEET_LIMITS, stream, batchRows)
  rows.forEach((cells, i) => builder.add(i + 1, cells))
  const answer = builder.finish('상품')
  const received = new ReceivedRows()
  for (const m of messages) received.take(m)
  return { whole: plain.finish('상품'), streamed: received.assemble(structuredClone(answer), stream.sent, 'x.csv'), messages }
}

describe('a table streamed while it is read', () => {
  it('arrives in batches and is put back together into exactly the table built in one place', () => {
    const { whole, streamed, messages } = bothWays(sourceRows(500), 7)
    expect(whole.rows).toHaveLength(502) // title, header, 500 products: blank rows and the guidance row are gone
    expect(whole.rows[2]).toEqual({ rowNumber: 4, cells: ['000', '셔츠 0', '1000'] })
    expect(streamed).toEqual(whole)
    expect(messages.length).toBeGreaterThan(50)
    expect(messages.every((m) => m.kind === 'rows' && m.rows.length <= 64)).toBe(true)
  })

  it('is not streamed when the sheet is short or is a memo, so a sheet passed over for a later one never reaches the reader', () => {
    expect(bothWays(sourceRows(20), 7).messages).toEqual([])
    const memo = Array.from({ length: 200 }, (_, i) => [`${i}번째 줄: 이 시트는 안내문입니다.`])
    const { messages, streamed, whole } = bothWays(memo, 7)
    expect(messages).toEqual([])
    expect(streamed).toEqual(whole)
  })

  it('is forgotten at a restart, and a batch that went missing is an error, not a shorter table', () => {
    const { whole, messages } = bothWays(sourceRows(100), 10)
    const answer = { ...whole, rows: [] }
    const received = new ReceivedRows()
    received.take(messages[0] as StreamMessage)
    received.take({ kind: 'restart' })
    for (const m of messages) received.take(m)
    const count = messages.reduce((n, m) => n + (m.kind === 'rows' ? m.rows.length : 0), 0)
    expect(received.assemble(answer, count, 'x.csv').rows).toEqual(whole.rows)
    const short = new ReceivedRows()
    for (const m of messages.slice(1)) short.take(m)
    expect(() => short.assemble(answer, count, 'x.csv')).toThrow(expect.objectContaining({ code: 'sheet.internal' }))
  })

  it('is what a parse job sends for a large CSV: its answer holds no rows and counts the ones streamed', () => {
    const csv = ['sku,name,price', ...Array.from({ length: 30_000 }, (_, i) => `P${i},"셔츠, ${i}호",${i}`)].join('\r\n')
    const messages: StreamMessage[] = []
    const stream = new PostedRowStream((m) => messages.push(m))
    const answer = runParseJob({ op: 'read', bytes: textBytes(csv), fileName: 'big.csv', limits: DEFAULT_SHEET_LIMITS }, stream)
    const inOnePlace = runParseJob({ op: 'read', bytes: textBytes(csv), fileName: 'big.csv', limits: DEFAULT_SHEET_LIMITS })
    if (!answer.ok || !inOnePlace.ok || answer.table === null) throw new Error('the parse failed')
    expect(answer.table.rows).toEqual([])
    expect(answer.streamedRows).toBe(30_001)
    expect(answer.info.sheets).toEqual([{ name: 'big', rowCount: 30_000 }])
    const received = new ReceivedRows()
    for (const m of messages) received.take(m)
    expect(received.assemble(answer.table, answer.streamedRows, 'big.csv')).toEqual(inOnePlace.table)
  })

  it('counts a streamed sheet of a workbook and opens on it, the sheets after it only counted', () => {
    const bytes = workbookBytes([
      { name: '상품', rows: [['sku', 'name'], ...Array.from({ length: 20_500 }, (_, i) => [`P${i}`, `셔츠 ${i}`])] },
      { name: '메모', rows: [['sku', 'note'], ['P1', 'a'], ['P2', 'b']] }
    ])
    const messages: StreamMessage[] = []
    const stream = new PostedRowStream((m) => messages.push(m))
    const answer = runParseJob({ op: 'read', bytes, fileName: 'two.xlsx', limits: DEFAULT_SHEET_LIMITS }, stream)
    if (!answer.ok || answer.table === null) throw new Error('the parse failed')
    expect(answer.info.sheets).toEqual([{ name: '상품', rowCount: 20_500 }, { name: '메모', rowCount: 2 }])
    const received = new ReceivedRows()
    for (const m of messages) received.take(m)
    const table = received.assemble(answer.table, answer.streamedRows, 'two.xlsx')
    expect(table.sheetName).toBe('상품')
    expect(table.rows).toHaveLength(20_501)
    expect(table.rows.at(-1)?.cells).toEqual(['P20499', '셔츠 20499'])
  })

  it('starts again when the fast .xlsx reader gives up midway, so the rows SheetJS then reads are not added to the ones already sent', () => {
    const book = unzipSync(xlsxBytes([['sku', 'name'], ...Array.from({ length: 20_500 }, (_, i) => [`P${i}`, `셔츠 ${i}`])]))
    const sheet = strFromU8(book['xl/worksheets/sheet1.xml'] as Uint8Array)
    // A row that comes again at the end: the fast reader, two batches in, leaves such a sheet to SheetJS.
    book['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('</sheetData>', '<row r="5"><c r="A5" t="inlineStr"><is><t>again</t></is></c></row></sheetData>'))
    const bytes = zipSync(book)
    const messages: StreamMessage[] = []
    const stream = new PostedRowStream((m) => messages.push(m))
    const answer = runParseJob({ op: 'read', bytes, fileName: 'odd.xlsx', limits: DEFAULT_SHEET_LIMITS }, stream)
    if (!answer.ok || answer.table === null) throw new Error('the parse failed')
    expect(messages.map((m) => m.kind).slice(0, 3)).toEqual(['rows', 'rows', 'restart'])
    const received = new ReceivedRows()
    for (const m of messages) received.take(m)
    const table = received.assemble(answer.table, answer.streamedRows, 'odd.xlsx')
    expect(table).toEqual(readWorkbook(bytes, 'xlsx', true, undefined, DEFAULT_SHEET_LIMITS).table)
  })
})
