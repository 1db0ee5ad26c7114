import { resolve } from 'node:path'
import { createElement, type FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { WorkbookInfo } from '../../../src/shared/sheet'

/*
 * The review grid's column headers and the file notice for a guessed
 * encoding, rendered without a browser (renderer files are imported by a
 * computed path, as in update-banner.test.ts).
 */

interface Column {
  index: number
  header: string
  letter?: string
  detail?: string
}
type HeaderProps = { columns: Column[]; placed: { index: number; size: number; gap: number }[]; width: number; statusWidth: number; statusHeader: string }
let GridHeader: FunctionComponent<HeaderProps>
let EncodingNotice: FunctionComponent<{ info: WorkbookInfo }>
let changeLanguage: (language: 'ko' | 'en') => Promise<unknown>

beforeAll(async () => {
  GridHeader = ((await import(resolve('src/renderer/src/components/row-grid/GridHeader.tsx'))) as { GridHeader: typeof GridHeader }).GridHeader
  EncodingNotice = ((await import(resolve('src/renderer/src/features/import/map-step/EncodingNotice.tsx'))) as { EncodingNotice: typeof EncodingNotice }).EncodingNotice
  const i18n = (await import(resolve('src/renderer/src/i18n/index.ts'))) as { initI18n(language: 'ko' | 'en'): { changeLanguage(l: string): Promise<unknown> } }
  const instance = i18n.initI18n('ko')
  changeLanguage = (language) => instance.changeLanguage(language)
})

describe('the review grid’s column headers', () => {
  it('show each column’s sheet letter above its name, as Excel does, keeping the letters of the original sheet', async () => {
    await changeLanguage('ko')
    // Column C was blank and dropped: 가격 is still D.
    const columns = [
      { index: 0, header: '상품코드', letter: 'A', detail: '→ 상품코드' },
      { index: 1, header: '가격', letter: 'D' }
    ]
    const placed = columns.map((c) => ({ index: c.index, size: 188, gap: 0 }))
    const html = renderToStaticMarkup(createElement(GridHeader, { columns, placed, width: 800, statusWidth: 168, statusHeader: '상태' }))
    expect(html).toContain('<span class="rg-colletter">A</span><span class="rg-colname">상품코드</span>')
    expect(html).toContain('<span class="rg-colletter">D</span><span class="rg-colname">가격</span>')
    expect(html).toContain('title="D열: 가격"')
  })
})

describe('the notice for a guessed encoding', () => {
  const info = (encodingUnsure: boolean): WorkbookInfo => ({
    fileName: 'list.csv',
    format: 'csv',
    encoding: 'windows-1252',
    encodingUnsure,
    sheetNames: ['list'],
    sheets: [{ name: 'list', rowCount: 1 }],
    fingerprint: '0',
    sizeBytes: 1
  })

  it('names the encoding assumed and how to save as CSV UTF-8 in Excel', async () => {
    await changeLanguage('en')
    const html = renderToStaticMarkup(createElement(EncodingNotice, { info: info(true) }))
    expect(html).toContain('so we read it as Western European (Windows-1252).')
    expect(html).toContain('“CSV UTF-8 (Comma delimited)”')
    await changeLanguage('ko')
    expect(renderToStaticMarkup(createElement(EncodingNotice, { info: info(true) }))).toContain('서유럽어(Windows-1252)(으)로 읽었습니다')
  })

  it('is not shown when the encoding was certain', () => {
    expect(renderToStaticMarkup(createElement(EncodingNotice, { info: info(false) }))).toBe('')
  })
})
