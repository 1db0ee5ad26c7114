import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppUnderTest } from './harness'

const CAFE24 = join(__dirname, '../fixtures/platform-exports/cafe24/products-export.csv')

describe('dropping a platform export', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await openApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('suggests products, names the Cafe24 format and maps by it, still changeable', async () => {
    const { page } = app
    const bytes = [...readFileSync(CAFE24)]
    await page.evaluate((data) => {
      const file = new File([new Uint8Array(data)], 'manwonyori_producr_template.csv')
      const transfer = new DataTransfer()
      transfer.items.add(file)
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      }
    }, bytes)
    await page.getByRole('heading', { name: 'manwonyori_producr_template.csv' }).waitFor()
    await page.getByText('상품 목록으로 보입니다. 카페24 상품 엑셀 파일입니다.').waitFor()
    const suggested = page.locator('.target-card', { has: page.locator('.badge', { hasText: '추천' }) })
    await expect(suggested.textContent()).resolves.toContain('상품 등록')
    await app.screenshot('import-platform-suggested-ko')

    await page.getByLabel('상품 등록').check()
    await page.getByRole('heading', { name: '열 연결하기' }).waitFor()
    await page.getByText('알아본 형식: 카페24 상품 엑셀.', { exact: false }).waitFor()
    await expect(page.getByLabel('판매가: 연결할 항목').inputValue()).resolves.toBe('field:metadata.salesPrice')
    await expect(page.getByLabel('소비자가: 연결할 항목').inputValue()).resolves.toBe('field:metadata.originPrice')
    await expect(page.getByLabel('공급가: 연결할 항목').inputValue()).resolves.toBe('ignore')
    await page.getByLabel('공급가: 연결할 항목').selectOption('field:metadata.memberPrice')
    await expect.poll(() => page.getByLabel('공급가: 연결할 항목').inputValue()).toBe('field:metadata.memberPrice')
    await app.screenshot('import-platform-mapped-ko')
  })
})
