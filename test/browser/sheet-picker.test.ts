import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import * as XLSX from 'xlsx'
import { openApp, type AppUnderTest } from './harness'

/** A workbook as shops keep them: a memo sheet first, a hidden code list, then the products. */
function memoFirstWorkbook(): number[] {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['10월 신상품 목록입니다.'], ['담당: 김민지']]), '메모')
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['코드', '이름'], ['TOP', '상의']]), '코드표')
  const products = [
    ['상품코드', '상품명', '판매가'],
    ['000123', '린넨 셔츠', 39000],
    ['000124', '와이드 팬츠', 45000],
    ['000125', '니트 가디건', 52000]
  ]
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(products), '상품')
  book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 0 }] }
  return [...(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)]
}

/** The sheet picker: the first list in the file summary (its label's name includes the chosen option). */
const sheetPicker = (page: Page): Locator => page.locator('.file-summary select').first()

describe('the sheet picker', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await openApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens a workbook on the sheet with rows, not on the memo before it, and counts each sheet', async () => {
    const { page } = app
    await page.evaluate((data) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], '10월 상품.xlsx'))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      }
    }, memoFirstWorkbook())
    await page.getByRole('heading', { name: '10월 상품.xlsx' }).waitFor()
    const picker = sheetPicker(page)
    await expect(picker.inputValue()).resolves.toBe('상품')
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(['메모 · 행 없음', '상품 · 3행'])
    await expect(page.getByText('3행', { exact: true }).isVisible()).resolves.toBe(true)
    await expect(page.locator('.empty-sheet-notice').count()).resolves.toBe(0)
  })

  it('says plainly that a memo sheet chosen on purpose has no rows, and names the sheet that has them', async () => {
    const { page } = app
    await sheetPicker(page).selectOption('메모')
    const notice = page.locator('.empty-sheet-notice')
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toContain('“메모” 시트에는 가져올 행이 없습니다.')
    await expect(notice.getByRole('button').allTextContents()).resolves.toEqual(['상품 (3행)'])
    await expect(notice.textContent()).resolves.not.toContain('코드표')
    await app.screenshot('import-empty-sheet-ko')
    await notice.getByRole('button', { name: '상품 (3행)' }).click()
    await expect.poll(() => sheetPicker(page).inputValue()).toBe('상품')
    await expect(page.locator('.empty-sheet-notice').count()).resolves.toBe(0)
    expect(app.problems).toEqual([])
  })
})
