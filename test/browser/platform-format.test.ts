import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppUnderTest } from './harness'

const CAFE24 = join(__dirname, '../fixtures/platform-exports/cafe24/products-export.csv')
const ESM = join(__dirname, '../fixtures/platform-exports/esm-gmarket-auction/products-template.csv')

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

  it('builds what the export lacks from its own columns: the product page and full image addresses, shown in the preview', async () => {
    const { page } = app
    const constants = page.locator('section', { has: page.getByRole('heading', { name: '고정 값' }) })
    const add = async (field: string, value: string): Promise<void> => {
      await constants.getByLabel('항목').selectOption({ label: field })
      await constants.getByLabel('값').fill(value)
      await constants.getByRole('button', { name: '고정 값 추가' }).click()
    }
    await add('상품 페이지 URL', 'https://myshop.co.kr/product/detail.html?product_no={상품코드}')
    await add('대표 이미지 URL', 'https://myshop.co.kr/web/product/big/{이미지등록(상세)}')
    const preview = page.locator('.preview-table')
    await expect.poll(() => preview.textContent()).toContain('https://myshop.co.kr/product/detail.html?product_no=P00000JT')
    // Each added value refreshes the preview on its own: wait for the second as for the first.
    await expect.poll(() => preview.textContent()).toContain('https://myshop.co.kr/web/product/big/20250730/d286656f1080570efd0b55267ed6da46.jpg')
    await app.screenshot('import-platform-templates-ko')
  })

  it('names each column with the group it sits under, so an ESM template’s four 인증타입 columns can be told apart', async () => {
    const { page } = app
    await page.getByRole('button', { name: '다른 파일 사용' }).click()
    const filledIn = `${readFileSync(ESM, 'utf8')}1,옥션/G마켓,myauction,mygmarket,봄 니트 가디건,,,,,,200001234,,,무제한,39000,39000\n`
    await page.evaluate((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'esm.csv'))
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, filledIn)
    await page.getByRole('heading', { name: 'esm.csv' }).waitFor()
    await page.getByLabel('상품 등록').check()
    for (const group of ['어린이제품', '전기용품', '생활용품', '생활화학/살생물제품']) {
      await page.getByLabel(`공통 안전인증정보 › ${group} › 인증타입: 연결할 항목`).waitFor()
    }
    await app.screenshot('import-column-groups-ko')
  })
})
