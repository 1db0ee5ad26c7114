import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appForReview, reviewGrid } from './review-support'

/*
 * A sheet as large as Excel holds — 1,048,575 data rows under the header,
 * 41.9 million px of 40 px rows — reviewed in the real renderer. Browsers lay
 * out no element past about 33.5 million px (Chromium), so the grid's
 * scrolling content is capped and positions are mapped (scroll-scale.ts):
 * here every way of moving through the rows must still land on, and show,
 * the right ones, 40 px apart.
 */

const ROWS = 1_048_575
const LAST_SHEET_ROW = ROWS + 1
const ROW_HEIGHT = 40
const HEADER_HEIGHT = 64
/** The grid's cap on its scrolling content (scroll-scale.ts). */
const MAX_SCROLL_HEIGHT = 15_000_000

/** Writes the product CSV (only the required columns, short values: about 58 MB) to `path`. */
async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path)
  const write = (text: string) => new Promise<void>((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())))
  await write('상품코드,이미지 URL,카테고리,상품 페이지\n')
  for (let start = 0; start < ROWS; start += 50_000) {
    const lines: string[] = []
    for (let i = start; i < Math.min(ROWS, start + 50_000); i++) lines.push(`P-${i},https://i.ex/${i}.jpg,TOP,https://s.ex/${i}\n`)
    await write(lines.join(''))
  }
  await new Promise<void>((resolve, reject) => out.end(() => resolve()).once('error', reject))
}

/** A row of the grid as drawn: its sheet row number and where its top is, from the top of the scroll box's view. */
interface DrawnRow {
  readonly sheetRow: number
  readonly top: number
}

describe(`reviewing a full Excel sheet (${ROWS.toLocaleString('en')} rows)`, () => {
  const app = appForReview()
  const { grid } = reviewGrid(app)
  let dir = ''
  let csv = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sheetport-excel-max-'))
    csv = join(dir, '엑셀 최대 상품.csv')
    await writeCsv(csv)
  }, 60_000)
  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true })
  })

  /** The rows drawn, top to bottom, and the height of the view they are drawn in. */
  const drawn = () =>
    app().page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.rg-scroll')
      if (box === null) throw new Error('no grid')
      const top = box.getBoundingClientRect().top + box.clientTop
      const rows = [...box.querySelectorAll<HTMLElement>('[role=rowheader]')].map((cell) => ({ sheetRow: Number(cell.textContent), top: cell.getBoundingClientRect().top - top }))
      return { rows: rows.sort((a, b) => a.top - b.top), view: box.clientHeight, scrollHeight: box.scrollHeight }
    })
  /** The rows wholly in view under the sticky header. */
  const inView = async (): Promise<DrawnRow[]> => {
    const { rows, view } = await drawn()
    return rows.filter((r) => r.top >= HEADER_HEIGHT - 0.5 && r.top + ROW_HEIGHT <= view + 0.5)
  }
  /**
   * Every row drawn in and around the view is ROW_HEIGHT below the one
   * before it, in sheet order; the focused row, kept drawn when it is far
   * away, sits outside the content without stretching it.
   */
  const expectEvenlySpaced = async (): Promise<void> => {
    const { rows, view, scrollHeight } = await drawn()
    expect(scrollHeight).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT)
    const near = rows.filter((r) => r.top > -10 * ROW_HEIGHT && r.top < view + 10 * ROW_HEIGHT)
    expect(near.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(200)
    for (let i = 1; i < near.length; i++) {
      const [above, below] = [near[i - 1], near[i]]
      expect(below?.sheetRow).toBe((above?.sheetRow ?? NaN) + 1)
      expect((below?.top ?? NaN) - (above?.top ?? NaN)).toBeCloseTo(ROW_HEIGHT, 1)
    }
  }
  /** The last row is the last in view, its bottom at the bottom of the view (to a pixel: Chromium's positions are floats this far down). */
  const expectLastRowAtBottom = async (): Promise<void> => {
    await expect.poll(async () => (await inView()).at(-1)?.sheetRow).toBe(LAST_SHEET_ROW)
    const last = (await inView()).at(-1)
    expect(Math.abs((last?.top ?? NaN) + ROW_HEIGHT - (await drawn()).view)).toBeLessThanOrEqual(1)
  }
  const focusedCell = () => app().page.evaluate(() => document.activeElement?.getAttribute('data-cell'))
  const scrollTo = (where: 'top' | 'middle' | 'bottom') =>
    app()
      .page.locator('.rg-scroll')
      .evaluate((box, to) => {
        box.scrollTop = to === 'top' ? 0 : to === 'bottom' ? box.scrollHeight : (box.scrollHeight - box.clientHeight) / 2
      }, where)
  const firstInView = async () => (await inView())[0]

  it('opens every row in the review, its scrolling content within what browsers lay out', async () => {
    const { page } = app()
    const started = Date.now()
    await page.locator('input[type=file]').setInputFiles(csv)
    // Reading the file takes most of the time: 20–30 s on an idle two-core machine.
    await page.getByRole('radio', { name: '상품 등록' }).check({ timeout: 90_000 })
    await page.getByRole('button', { name: '검토로 계속' }).click()
    await grid().getByRole('rowheader', { name: '2', exact: true }).waitFor({ timeout: 60_000 })
    await expect.poll(() => page.getByRole('button', { name: `준비된 ${ROWS.toLocaleString('en')}행 보내기` }).isEnabled(), { timeout: 90_000 }).toBe(true)
    console.info(`${ROWS} rows read and checked ${Date.now() - started} ms after the file was chosen`)
    await expect(grid().getAttribute('aria-rowcount')).resolves.toBe(String(ROWS + 1))
    expect((await drawn()).scrollHeight).toBe(MAX_SCROLL_HEIGHT)
    await expectEvenlySpaced()
  }, 150_000)

  it('goes to the last row with Ctrl+End, showing it at the bottom, and back to the first with Ctrl+Home', async () => {
    const { page } = app()
    await grid().getByRole('rowheader', { name: '2', exact: true }).click()
    await page.keyboard.press('Control+End')
    await expect.poll(focusedCell).toBe(`${ROWS - 1}:0`)
    await expectLastRowAtBottom()
    await expectEvenlySpaced()
    await app().screenshot('review-excel-max-end-ko')
    // Scrolled back to the top, the focused last row stays drawn (far out of view) without stretching the content.
    await scrollTo('top')
    await expect.poll(firstInView).toEqual({ sheetRow: 2, top: HEADER_HEIGHT })
    await expectEvenlySpaced()
    expect(await focusedCell()).toBe(`${ROWS - 1}:0`)
    await page.keyboard.press('Control+End')
    await expectLastRowAtBottom()
    await page.keyboard.press('Control+Home')
    await expect.poll(focusedCell).toBe('0:0')
    await expect.poll(firstInView).toEqual({ sheetRow: 2, top: HEADER_HEIGHT })
    await expectEvenlySpaced()
  })

  it('shows the last row when the scroll bar is taken to the bottom, and the middle rows at its middle', async () => {
    await scrollTo('bottom')
    await expectLastRowAtBottom()
    await expectEvenlySpaced()
    await scrollTo('middle')
    await expect.poll(async () => Math.abs(((await firstInView())?.sheetRow ?? 0) - ROWS / 2)).toBeLessThan(1_000)
    console.info(`rows from ${(await firstInView())?.sheetRow} at the scroll bar's middle`)
    await expectEvenlySpaced()
    await app().screenshot('review-excel-max-middle-ko')
  })

  it('moves the rows by what the wheel scrolls, as on a short sheet, not by the scale', async () => {
    const { page } = app()
    const box = await page.locator('.rg-scroll').boundingBox()
    if (box === null) throw new Error('the grid is not on screen')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    for (const delta of [120, 1, -40]) {
      const before = await firstInView()
      if (before === undefined) throw new Error('no row in view')
      await page.mouse.wheel(0, delta)
      await expect
        .poll(async () => {
          const now = (await drawn()).rows.find((r) => r.sheetRow === before.sheetRow)
          return now === undefined ? null : Math.round((before.top - now.top) * 10) / 10
        })
        .toBe(delta)
      await expectEvenlySpaced()
    }
  })

  it('keeps the rows where they are when the window is resized', async () => {
    const { page } = app()
    const before = await firstInView()
    await page.setViewportSize({ width: 1280, height: 1300 })
    await expect.poll(async () => (await drawn()).view).toBeGreaterThan(700)
    expect(await firstInView()).toEqual(before)
    await page.setViewportSize({ width: 1280, height: 1000 })
    await expect.poll(async () => (await drawn()).view).toBeLessThan(700)
    expect(await firstInView()).toEqual(before)
    await expectEvenlySpaced()
  })

  it('moves the focus by a row and by a page from the middle of the sheet, keeping it in view', async () => {
    const { page } = app()
    const middle = (await inView())[3]
    if (middle === undefined) throw new Error('no row in view')
    await grid().getByRole('rowheader', { name: String(middle.sheetRow), exact: true }).click()
    const index = middle.sheetRow - 2
    await expect.poll(focusedCell).toBe(`${index}:0`)
    const pageRows = Math.floor(((await drawn()).view - HEADER_HEIGHT) / ROW_HEIGHT) - 1
    const moves: [string, number][] = [
      ['PageDown', pageRows],
      ['PageDown', pageRows],
      ['ArrowDown', 1],
      ['ArrowUp', -1],
      ['PageUp', -pageRows],
      ['PageUp', -pageRows],
      ['PageUp', -pageRows]
    ]
    let at = index
    for (const [key, by] of moves) {
      await page.keyboard.press(key)
      at += by
      await expect.poll(focusedCell).toBe(`${at}:0`)
      await expect.poll(async () => (await inView()).some((r) => r.sheetRow === at + 2)).toBe(true)
      await expectEvenlySpaced()
    }
  })

  it('shows the focused row again when the focus comes back into the grid from outside', async () => {
    const { page } = app()
    const focused = Number((await focusedCell())?.split(':')[0])
    await scrollTo('bottom')
    await expectLastRowAtBottom()
    await page.keyboard.press('Shift+Tab')
    await expect.poll(focusedCell).toBeNull()
    await page.keyboard.press('Tab')
    await expect.poll(focusedCell).toBe(`${focused}:0`)
    await expect.poll(async () => (await inView()).some((r) => r.sheetRow === focused + 2)).toBe(true)
    await expectEvenlySpaced()
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})
