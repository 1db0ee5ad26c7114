import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { createSheetReader } from '../../../src/core/sheets'
import { odsHiddenSheets } from '../../../src/core/sheets/ods-hidden-sheets'
import { readZipDirectory } from '../../../src/core/sheets/zip-directory'
import { patchXlsx, workbookBytes } from './fixtures'

const reader = createSheetReader()
afterAll(() => reader.close())

const HIDDEN_STYLE = '<style:style style:name="taH" style:family="table"><style:table-properties table:display="false"/></style:style>'

/** An .ods as SheetJS writes it, with the named sheets switched to a table style that hides them. */
function odsHiding(names: readonly string[], all: readonly string[]): Uint8Array {
  return patchXlsx(workbookBytes(all.map((name) => ({ name, rows: [['sku'], [name]] })), 'ods'), (files) => {
    let content = files['content.xml'] ?? ''
    content = content.replace('</office:automatic-styles>', `${HIDDEN_STYLE}</office:automatic-styles>`)
    for (const name of names) content = content.replace(`table:name="${name}" table:style-name="ta1"`, `table:name="${name}" table:style-name="taH"`)
    files['content.xml'] = content
  })
}

function hiddenIn(files: Record<string, string>): string[] {
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])))
  return [...odsHiddenSheets(zip, readZipDirectory(zip, 100))].sort()
}

describe('hidden sheets in .ods', () => {
  it('are left out of the sheets offered, and still read when picked by name', async () => {
    const book = odsHiding(['Lists'], ['Lists', '상품', '재고'])
    const { info, table } = await reader.readSheet(book, 'libre.ods')
    expect(info.sheetNames).toEqual(['상품', '재고'])
    expect(table.sheetName).toBe('상품')
    expect((await reader.readSheet(book, 'libre.ods', 'Lists')).table.rows[1]?.cells).toEqual(['Lists'])
  })

  it('are all offered when every sheet is hidden, as for .xlsx', async () => {
    expect((await reader.inspect(odsHiding(['A', 'B'], ['A', 'B']), 'odd.ods')).sheetNames).toEqual(['A', 'B'])
  })

  it('are found by their table style, in content.xml or styles.xml, and under escaped names', () => {
    const content = (tables: string) =>
      `<office:document-content><office:automatic-styles>${HIDDEN_STYLE}` +
      '<style:style style:name="taV" style:family="table"><style:table-properties table:display="true"/></style:style>' +
      `</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`
    expect(hiddenIn({ 'content.xml': content('<table:table table:name="A" table:style-name="taV"/><table:table table:name="B" table:style-name="taH"></table:table>') })).toEqual(['B'])
    expect(hiddenIn({ 'content.xml': content('<table:table table:name="R&amp;D" table:style-name="taH"/>') })).toEqual(['R&D', 'R&amp;D'])
    const common = '<office:document-styles><office:styles><style:style style:name="taC" style:family="table"><style:table-properties table:display="false"/></style:style></office:styles></office:document-styles>'
    expect(hiddenIn({ 'styles.xml': common, 'content.xml': content('<table:table table:name="C" table:style-name="taC"/>') })).toEqual(['C'])
    // A cell style or a table-row element with the same attribute hides nothing.
    const cellStyle = '<style:style style:name="ce1" style:family="table-cell"><style:table-properties table:display="false"/></style:style>'
    expect(hiddenIn({ 'content.xml': `${cellStyle}<table:table-row table:style-name="ce1"/><table:table table:name="D" table:style-name="ce1"/>` })).toEqual([])
  })

  it('are looked for in one pass, so a hostile content.xml costs no more than its size', () => {
    // Every style and table tag runs on to the far end of the file; searching each to its end would take hours.
    const junk = '<style:style style:name="x" style:family="table">'.repeat(50_000) + '</style:style>' + '<table:table table:name="T" '.repeat(50_000) + '/>'
    const started = performance.now()
    expect(hiddenIn({ 'content.xml': junk })).toEqual([])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
