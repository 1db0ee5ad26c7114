import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { ImportSessions } from '../../../src/core/import/import-sessions'
import { createSavedMappingStore } from '../../../src/core/mapping'
import { createSheetReader } from '../../../src/core/sheets'

/** Sheets in order: [name, rows, hidden?]. */
function workbook(sheets: readonly (readonly [string, readonly (readonly (string | number)[])[], boolean?])[]): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), name)
  book.Workbook = { Sheets: sheets.map(([, , hidden]) => ({ Hidden: hidden === true ? 1 : 0 })) }
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

function memoryPersistence() {
  let data: unknown = null
  return { load: async () => data, save: async (next: unknown) => void (data = next) }
}

const customers = [
  ['이메일', '이름', '성'],
  ['kim@example.com', '민수', '김'],
  ['lee@example.com', '지은', '이']
]

describe('opening a workbook through the import session', () => {
  const reader = createSheetReader()
  const sessions = new ImportSessions(reader, createSavedMappingStore(memoryPersistence()))
  afterAll(() => reader.close())

  it('opens on the first visible sheet with rows, past a memo and a hidden sheet, with every sheet counted', async () => {
    const view = await sessions.open(
      '고객.xlsx',
      workbook([
        ['메모', [['이 파일은 10월 고객 명단입니다.'], ['담당: 김민지']]],
        ['목록', [['코드', '이름'], ['A', '가']], true],
        ['고객', customers]
      ])
    )
    expect(view.sheetName).toBe('고객')
    expect(view.rowCount).toBe(2)
    expect(view.info.sheets).toEqual([
      { name: '메모', rowCount: 0 },
      { name: '고객', rowCount: 2 }
    ])
  })

  it('a memo sheet chosen on purpose has 0 rows, and the counts of the others stay on offer', async () => {
    const view = await sessions.open('고객.xlsx', workbook([['메모', [['메모입니다']]], ['고객', customers]]))
    const memo = await sessions.chooseSheet(view.sessionId, '메모')
    expect(memo.sheetName).toBe('메모')
    expect(memo.rowCount).toBe(0)
    expect(memo.info.sheets.filter((s) => (s.rowCount ?? 0) > 0).map((s) => s.name)).toEqual(['고객'])
  })

  it('an ESM Plus template filled in: the column-name row is the header, the template rows are not data, and the columns map', async () => {
    const template = readFileSync('test/fixtures/platform-exports/esm-gmarket-auction/products-template.csv', 'utf8')
    const filledIn = `${template}1,옥션/G마켓,myauction,mygmarket,봄 니트 가디건,,,,,,200001234,,,무제한,39000,39000\n`
    const view = await sessions.open('esm.csv', new TextEncoder().encode(filledIn))
    expect(view.topRows[view.headerIndex]?.rowNumber).toBe(4)
    expect(view.headers).toContain('노출\n사이트')
    expect(view.rowCount).toBe(1)
    const mapped = await sessions.setTarget(view.sessionId, 'products:create')
    const nameColumn = view.headers.indexOf('상품명')
    expect(mapped.mapping?.columns[nameColumn]).toMatchObject({ kind: 'field' })
    expect(mapped.preview.map((r) => r.rowNumber)).toEqual([8])
    // The group rows above the header tell its four 인증타입 columns apart.
    const certification = view.headers.flatMap((h, i) => (h === '인증타입' ? [view.columnGroups[i]] : []))
    expect(certification).toEqual(['공통 안전인증정보 › 어린이제품', '공통 안전인증정보 › 전기용품', '공통 안전인증정보 › 생활용품', '공통 안전인증정보 › 생활화학/살생물제품'])
  })

  it("고도몰's upload file: Korean titles as the header, the code and notes rows left out, '-prefixed codes read as text", async () => {
    const template = readFileSync('test/fixtures/platform-exports/godomall/products-template.csv', 'utf8')
    const view0 = await sessions.open('godo.csv', new TextEncoder().encode(template))
    expect(view0.rowCount).toBe(0)
    const product = view0.headers.map((h) => (h === '상품번호' ? "'0000012345" : h === '상품명_기본' ? '봄 니트 가디건' : ''))
    const view = await sessions.open('godo.csv', new TextEncoder().encode(`${template}${product.join(',')}\n`))
    expect(view.headers[0]).toBe('상품번호')
    expect(view.rowCount).toBe(1)
    expect(view.samples[0]).toEqual(['0000012345'])
  })
})
