import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { MAX_SHEET_FILE_BYTES } from '../../src/shared/file-limits'
import { openApp, type AppUnderTest } from './harness'

/** A Korean product sheet as staff make them: a title row, a blank row, then headers. */
function productWorkbook(): Buffer {
  const rows = [
    ['2026 가을 신상품'],
    [],
    ['상품코드', '상품명', '판매가', '이미지 URL', '상품 페이지', '카테고리', '비고'],
    ['000123', '린넨 셔츠', '39,000', 'https://img.example/1.jpg', 'https://shop.example/p/000123', '상의', '신상'],
    ['000124', '와이드 팬츠', '45000', 'https://img.example/2.jpg', 'https://shop.example/p/000124', '바지', '']
  ]
  const sheet = XLSX.utils.aoa_to_sheet(rows)
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, '상품')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

describe('dropping a spreadsheet and matching its columns', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await openApp()
    await app.screenshot('import-file-step-ko')
  })
  afterAll(async () => {
    await app?.close()
  })

  it('reads a dropped file, finds the header row under the title and shows the columns', async () => {
    const { page } = app
    const bytes = [...productWorkbook()]
    await page.evaluate((data) => {
      const file = new File([new Uint8Array(data)], '가을 신상품.xlsx')
      const transfer = new DataTransfer()
      transfer.items.add(file)
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      }
    }, bytes)
    await page.getByRole('heading', { name: '가을 신상품.xlsx' }).waitFor()
    await expect(page.getByText('2행', { exact: true }).isVisible()).resolves.toBe(true)
    const headerRow = page.getByLabel('제목 행')
    await expect(headerRow.inputValue()).resolves.toBe('1')
  })

  it('maps the columns automatically once a target is chosen, with the preview keeping leading zeros', async () => {
    const { page } = app
    await page.getByLabel('상품 등록').check()
    await page.getByRole('heading', { name: '열 연결하기' }).waitFor()
    await expect(page.getByLabel('상품코드: 연결할 항목').inputValue()).resolves.toBe('field:id')
    await expect(page.getByLabel('판매가: 연결할 항목').inputValue()).resolves.toBe('field:metadata.salesPrice')
    await expect(page.getByLabel('카테고리: 연결할 항목').inputValue()).resolves.toBe('field:detection')
    const preview = page.locator('.preview-table tbody')
    await expect(preview.textContent()).resolves.toContain('000123')
    await expect(preview.textContent()).resolves.toContain('TOP')
    await expect(preview.textContent()).resolves.toContain('39000')
    await app.screenshot('import-mapping-ko')
  })

  it('updates the preview when the user changes a match', async () => {
    const { page } = app
    await page.getByLabel('비고: 연결할 항목').selectOption({ label: '상품명' })
    await expect.poll(() => page.locator('.preview-table tbody').textContent()).toContain('신상')
    await expect(page.getByLabel('상품명: 연결할 항목').inputValue()).resolves.toBe('ignore')
    await page.getByLabel('상품명: 연결할 항목').selectOption({ label: '상품명' })
    await expect.poll(() => page.locator('.preview-table tbody').textContent()).toContain('린넨 셔츠')
  })

  it('says what is missing when a required column is ignored', async () => {
    const { page } = app
    await page.getByLabel('이미지 URL: 연결할 항목').selectOption('ignore')
    await page.getByText('아직 열이 연결되지 않은 필수 정보가 있습니다').waitFor()
    await expect(page.locator('.missing-list').textContent()).resolves.toContain('대표 이미지')
    await app.screenshot('import-mapping-missing-ko')
  })

  it('explains an unreadable file in one plain sentence', async () => {
    const { page } = app
    await page.getByRole('button', { name: '다른 파일 사용' }).click()
    await page.locator('input[type=file]').setInputFiles({ name: '주문.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, 0, 0, 0]) })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toContain('주문.xlsx')
    await app.screenshot('import-error-ko')
  })

  it('refuses a file over the size limit before reading it, saying how big it is and what to do', async () => {
    const { page } = app
    const opens: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/import:open')) opens.push(request.url())
    })
    await page.evaluate((limit) => {
      const reads = { count: 0 }
      Object.assign(window, { arrayBufferReads: reads })
      const read = Blob.prototype.arrayBuffer
      Blob.prototype.arrayBuffer = function (this: Blob) {
        reads.count++
        return read.call(this)
      }
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(limit + 1)], '전체 주문.xlsx'))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      }
    }, MAX_SHEET_FILE_BYTES)
    const alert = page.getByRole('alert').filter({ hasText: '전체 주문.xlsx' })
    await alert.waitFor()
    const text = await alert.textContent()
    expect(text).toContain('256.1MB')
    expect(text).toContain('256MB보다 큽니다')
    expect(text).toContain('필요한 시트만 새 파일로 저장')
    await expect(page.evaluate(() => (window as unknown as { arrayBufferReads: { count: number } }).arrayBufferReads.count)).resolves.toBe(0)
    expect(opens).toEqual([])
    await app.screenshot('import-too-large-ko')
  })

  it('logged no errors in the page', () => {
    expect(app.problems).toEqual([])
  })
})
