import { describe, expect, it } from 'vitest'
import { appForReview, reviewGrid } from './review-support'

const ROWS = 100_000

/** A product CSV with ROWS rows; every thousandth has a category the service does not know. */
function largeCsv(): Buffer {
  const lines = ['상품코드,상품명,이미지 URL,카테고리,상품 페이지']
  for (let i = 0; i < ROWS; i++) lines.push(`P-${i},셔츠 ${i},https://img.example/${i}.jpg,${i % 1000 === 7 ? '우산' : 'TOP'},https://shop.example/p/${i}`)
  return Buffer.from(lines.join('\n'), 'utf8')
}

describe(`reviewing ${ROWS.toLocaleString('en')} rows`, () => {
  const app = appForReview()
  const { grid, rowHeaders } = reviewGrid(app)
  const domRows = () => grid().getByRole('row').count()

  it('opens the review of every row, rendering only a window of them', async () => {
    const { page } = app()
    await page.locator('input[type=file]').setInputFiles({ name: '대량 상품.csv', mimeType: 'text/csv', buffer: largeCsv() })
    await page.getByRole('radio', { name: '상품 등록' }).check()
    // Every frame, note what the summary says while the rest of the rows are still being checked.
    await page.evaluate(() => {
      const seen: { checkedText: string; canSend: boolean; gridRows: number }[] = []
      Object.assign(window, { checkingSeen: seen })
      const look = (): void => {
        const bar = document.querySelector('.review-checking-rest')
        const send = document.querySelector<HTMLButtonElement>('.review-send button')
        if (bar !== null) seen.push({ checkedText: bar.textContent ?? '', canSend: send !== null && !send.disabled, gridRows: document.querySelectorAll('.rg-scroll [role=rowheader]').length })
        if (bar !== null || send === null) requestAnimationFrame(look)
      }
      requestAnimationFrame(look)
    })
    const started = Date.now()
    await page.getByRole('button', { name: '검토로 계속' }).click()
    await grid().getByRole('rowheader', { name: '2', exact: true }).waitFor({ timeout: 60_000 })
    console.info(`first rows of ${ROWS} on screen ${Date.now() - started} ms after Continue`)
    await expect.poll(() => page.locator('.review-counts').textContent(), { timeout: 60_000 }).toBe('준비된 행 99,900개·확인이 필요한 행 100개')
    console.info(`every row checked ${Date.now() - started} ms after Continue`)
    expect(await page.getByRole('button', { name: '준비된 99,900행 보내기' }).isEnabled()).toBe(true)
    // The first rows were on screen while the rest were checked; the count of checked rows only grew, and sending waited.
    const seen = (await page.evaluate(() => (window as unknown as { checkingSeen: { checkedText: string; canSend: boolean; gridRows: number }[] }).checkingSeen))
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.some((s) => s.canSend)).toBe(false)
    expect(seen.some((s) => s.gridRows > 5)).toBe(true)
    const checked = seen.map((s) => Number(/(\d[\d,]*)행 확인함/.exec(s.checkedText)?.[1]?.replaceAll(',', '')))
    expect(checked.every((n, i) => Number.isInteger(n) && n < ROWS && n >= (checked[i - 1] ?? 0))).toBe(true)
    expect(seen[0]?.checkedText).toContain('100,000행 중')
    await expect(grid().getAttribute('aria-rowcount')).resolves.toBe(String(ROWS + 1))
    const rendered = await domRows()
    console.info(`rows in the page: ${rendered}`)
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(200)
  })

  it('fills the window: down to just above the buttons, across the whole width, and again after a resize', async () => {
    const { page } = app()
    const frame = page.locator('.rg-frame')
    const box = async () => {
      const b = await frame.boundingBox()
      if (b === null) throw new Error('the grid is not on screen')
      return b
    }
    const tall = await box()
    // The window is 1280 × 1000: the grid reaches to within 96 px (the Back button's room) of its bottom edge.
    expect(tall.y + tall.height).toBeGreaterThan(1000 - 96 - 4)
    expect(tall.y + tall.height).toBeLessThanOrEqual(1000 - 96 + 4)
    await page.setViewportSize({ width: 1700, height: 1200 })
    await expect.poll(async () => Math.round((await box()).height - tall.height)).toBe(200)
    expect((await box()).width).toBeGreaterThan(1300)
    await page.setViewportSize({ width: 1280, height: 1000 })
    await expect.poll(async () => Math.round((await box()).height)).toBe(Math.round(tall.height))
  })

  it('fetches the rows of wherever the user scrolls to', async () => {
    const { page } = app()
    await page.locator('.rg-scroll').evaluate((box) => {
      box.scrollTop = box.scrollHeight / 2
    })
    await expect.poll(async () => (await rowHeaders()).some((n) => Number(n) > 40_000 && Number(n) < 60_000)).toBe(true)
    expect(await domRows()).toBeLessThan(200)
  })

  it('goes to the last row with Ctrl+End and still renders only a window', async () => {
    const { page } = app()
    await grid().getByRole('rowheader').first().click()
    await page.keyboard.press('Control+End')
    await grid().getByRole('rowheader', { name: String(ROWS + 1), exact: true }).waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`${ROWS - 1}:0`)
    await expect.poll(() => grid().getByRole('rowheader', { name: String(ROWS + 1), exact: true }).isVisible()).toBe(true)
    expect(await domRows()).toBeLessThan(200)
    await app().screenshot('review-100k-end-ko')
    await page.keyboard.press('Control+Home')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('0:0')
    await expect.poll(() => grid().getByRole('rowheader', { name: '2', exact: true }).isVisible()).toBe(true)
    expect(await domRows()).toBeLessThan(200)
  })

  it('filters to the hundred rows that need attention', async () => {
    const { page } = app()
    await page.getByLabel('확인 필요').check()
    await expect.poll(async () => (await rowHeaders()).slice(0, 3)).toEqual(['9', '1009', '2009'])
    await expect(grid().getAttribute('aria-rowcount')).resolves.toBe('101')
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})
