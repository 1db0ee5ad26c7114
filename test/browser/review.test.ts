import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { blocking, describeViolations, runAxe } from './axe'
import { appForReview, reviewGrid } from './review-support'

/**
 * A product sheet with three rows that need attention: a missing image
 * address (sheet row 3), a category the service does not know (row 4), and
 * a product id used twice (row 6 repeats row 2); and one ready row with a
 * warning: the template's example row left in (row 8).
 */
function productsWithProblems(): Buffer {
  const product = (id: string, image = `https://img.example/${id}.jpg`, category = '상의'): string[] => [id, '린넨 셔츠', image, category, `https://shop.example/p/${id}`]
  const rows = [
    ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지'],
    product('P-100'),
    product('P-101', ''),
    product('P-102', undefined, '우산'),
    product('P-103'),
    product('P-100'),
    product('P-104'),
    product('000123', 'https://example.com/images/000123.jpg')
  ]
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '상품')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

/** aria-colindex of a sheet column: row number and status come first. */
const colindex = (column: number): number => column + 3
const ID = 0
const CATEGORY = 3

describe('reviewing rows before sending', () => {
  const app = appForReview()
  const { grid, rowHeaders } = reviewGrid(app)
  const row = (sheetRow: number) => grid().getByRole('row').filter({ has: app().page.getByRole('rowheader', { name: String(sheetRow), exact: true }) })
  const cell = (sheetRow: number, column: number) => row(sheetRow).locator(`[aria-colindex="${colindex(column)}"]`)
  const counts = () => app().page.locator('.review-counts').textContent()

  it('goes from the Columns step to the review once every required field has a column', async () => {
    const { page } = app()
    await page.locator('input[type=file]').setInputFiles({ name: '상품.xlsx', mimeType: 'application/octet-stream', buffer: productsWithProblems() })
    await page.getByRole('radio', { name: '상품 등록' }).check()
    const next = page.getByRole('button', { name: '검토로 계속' })
    await page.getByLabel('이미지 URL: 연결할 항목').selectOption('ignore')
    await expect.poll(() => next.isDisabled()).toBe(true)
    await page.getByLabel('이미지 URL: 연결할 항목').selectOption('field:url')
    await expect.poll(() => next.isEnabled()).toBe(true)
    await next.click()
    await grid().waitFor()
    await expect.poll(counts).toBe('준비된 행 4개·확인이 필요한 행 3개·참고할 점이 있는 행 1개')
    await expect(page.getByRole('button', { name: '준비된 4행 보내기' }).isEnabled()).resolves.toBe(true)
    await expect(page.locator('#review-send-note').textContent()).resolves.toBe('확인이 필요한 3행은 건너뜁니다')
    await expect(grid().getAttribute('aria-rowcount')).resolves.toBe('8')
    // Each header carries its sheet letter, as Excel shows it above the column.
    await expect(grid().locator('.rg-colletter').allTextContents().then((letters) => letters.slice(0, 4))).resolves.toEqual(['A', 'B', 'C', 'D'])
    await expect(grid().locator('.rg-colhead').first().getAttribute('title')).resolves.toBe('A열: 상품코드 — → 상품코드')
    await app().screenshot('review-all-ko')
  })

  it('marks each bad cell with an icon, an outline and its reason, and filters to the rows needing attention', async () => {
    const { page } = app()
    await expect(cell(3, 2).getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(cell(3, 2).textContent()).resolves.toContain('대표 이미지 URL이 비어 있습니다')
    await expect(cell(3, 2).textContent()).resolves.toContain('C열 “이미지 URL”을 채워 주세요')
    await expect(cell(4, CATEGORY).locator('svg.mark-error').count()).resolves.toBe(1)
    await expect(cell(6, ID).textContent()).resolves.toContain('2행과 상품코드가 같습니다')
    await expect(cell(2, ID).getAttribute('aria-invalid')).resolves.toBeNull()
    const example = row(8).locator('[aria-colindex="2"]')
    await expect(example.getAttribute('class')).resolves.toContain('rg-warning')
    await expect(example.locator('svg.mark-warning').count()).resolves.toBe(1)
    await expect(example.textContent()).resolves.toContain('준비됨 · 참고')
    await example.hover()
    await page.locator('.rg-tip-warning', { hasText: '템플릿의 예시 행으로 보입니다' }).waitFor()
    await app().screenshot('review-warning-ko')

    await cell(4, CATEGORY).hover()
    await page.locator('.rg-tip-error', { hasText: '카테고리에 쓸 수 없는 값입니다' }).waitFor()

    await page.getByLabel('확인 필요').check()
    await expect.poll(() => rowHeaders()).toEqual(['3', '4', '6'])
    await expect(grid().getAttribute('aria-rowcount')).resolves.toBe('4')
    await app().screenshot('review-attention-ko')
  })

  it('edits a bad cell from the keyboard: it re-checks at once and the summary follows', async () => {
    const { page } = app()
    await cell(3, ID).click()
    await page.keyboard.press('ArrowDown')
    for (let i = 0; i < CATEGORY; i++) await page.keyboard.press('ArrowRight')
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))
    await expect.poll(focused).toBe(`1:${colindex(CATEGORY) - 1}`)
    await page.mouse.move(0, 0)
    await page.locator('.rg-tip-error', { hasText: '카테고리에 쓸 수 없는 값입니다' }).waitFor()
    await app().screenshot('review-focus-reason-ko')
    await expect(page.locator('.review-details').textContent()).resolves.toContain('4행')
    await page.keyboard.press('Enter')
    const editor = page.getByRole('textbox', { name: '4행 “카테고리” 새 값' })
    await expect(editor.inputValue()).resolves.toBe('우산')
    await app().screenshot('review-editing-ko')
    await page.keyboard.type('가방')
    await page.keyboard.press('Enter')

    await expect.poll(() => cell(4, CATEGORY).getAttribute('aria-invalid')).toBeNull()
    await expect.poll(() => cell(4, CATEGORY).textContent()).toBe('가방')
    // The mark clears as the check comes back; the row's status follows in the same answer, so wait for it too.
    await expect.poll(() => row(4).textContent()).toContain('준비됨')
    await expect.poll(counts).toBe('준비된 행 5개·확인이 필요한 행 2개·참고할 점이 있는 행 1개')
    await expect(page.getByRole('button', { name: '준비된 5행 보내기' }).isVisible()).resolves.toBe(true)
    await expect.poll(focused).toBe(`1:${colindex(CATEGORY) - 1}`)
    await expect(page.locator('.review-details').textContent()).resolves.toContain('이 행은 보낼 준비가 되었습니다')
    await page.getByText('고친 행은 목록을 새로 고칠 때까지 여기에 남아 있습니다.').waitFor()
    await app().screenshot('review-fixed-ko')

    await page.getByRole('button', { name: '목록 새로 고침' }).click()
    await expect.poll(() => rowHeaders()).toEqual(['3', '6'])
  })

  it('updates the partner row when a duplicated id changes, and Escape leaves a cell as it was', async () => {
    const { page } = app()
    await page.getByLabel('전체 행').check()
    await cell(2, ID).dblclick()
    const editor = page.getByRole('textbox', { name: '2행 “상품코드” 새 값' })
    await editor.fill('P-999')
    await page.keyboard.press('Escape')
    await expect.poll(() => cell(2, ID).textContent()).toBe('P-100')
    await expect(cell(6, ID).getAttribute('aria-invalid')).resolves.toBe('true')

    await cell(2, ID).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('P-200')
    await page.keyboard.press('Tab')
    await expect.poll(() => cell(6, ID).getAttribute('aria-invalid')).toBeNull()
    await expect(row(6).textContent()).resolves.toContain('준비됨')
    await expect.poll(counts).toBe('준비된 행 6개·확인이 필요한 행 1개·참고할 점이 있는 행 1개')
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).resolves.toBe(`0:${colindex(ID)}`)
    await expect(page.locator('#review-send-note').textContent()).resolves.toBe('확인이 필요한 1행은 건너뜁니다')
    await app().screenshot('review-duplicate-fixed-ko')
  })

  it('has no serious accessibility problems on the review screen', async () => {
    const violations = await runAxe(app().page)
    expect(blocking(violations), describeViolations('review', violations)).toEqual([])
  })

  it('speaks English too, and goes back to the columns', async () => {
    const { page } = app()
    await page.getByRole('button', { name: '설정' }).click()
    await page.getByLabel('English').check()
    await page.getByRole('button', { name: 'Import' }).click()
    await expect.poll(counts).toBe('6 rows ready·1 needs attention·1 with a note')
    await expect(page.getByRole('button', { name: 'Send 6 ready rows' }).isEnabled()).resolves.toBe(true)
    await expect(page.locator('#review-send-note').textContent()).resolves.toBe('1 row that needs attention will be skipped')
    await app().screenshot('review-en')
    await page.getByRole('button', { name: 'Back to columns' }).click()
    await page.getByRole('heading', { name: 'Match your columns' }).waitFor()
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})
