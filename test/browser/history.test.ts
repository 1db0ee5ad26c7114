import { describe, expect, it } from 'vitest'
import { blocking, describeViolations, runAxe } from './axe'
import { appForResults, download, reportCells, resultsGrid, shownCounts, uploadThroughPractice, workbook, type Rows } from './results-support'

const ROWS: Rows = [
  ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지'],
  ['001001', '린넨 셔츠', 'https://img.example/001001.jpg', '상의', 'https://shop.example/p/001001'],
  ['001002', '캔버스 가방', 'https://img.example/unreachable/001002.jpg', '가방', 'https://shop.example/p/001002'],
  ['001003', '울 니트', 'https://img.example/001003.jpg', '상의', 'https://shop.example/p/001003'],
  ['001004', '체크 셔츠', 'https://img.example/001004.jpg', '상의', 'https://shop.example/p/001004']
]
const IMAGE = 2

describe('History: every upload, opened again, its report again, deleted', () => {
  const app = appForResults()
  const page = () => app().page
  const { cell } = resultsGrid(page)
  const nav = (name: string) => page().getByRole('navigation').getByRole('button', { name, exact: true }).click()
  const historyRows = () => page().locator('.history-table tbody tr')
  const editLine = () => page().locator('.results-edit-line').textContent()

  it('starts empty, then lists an upload with its file, target, connection, counts, time and status', async () => {
    await nav('기록')
    await page().getByRole('heading', { name: '아직 가져오기 기록이 없습니다' }).waitFor()
    await nav('가져오기')
    await uploadThroughPractice(page(), { name: 'products.xlsx', bytes: workbook(ROWS, '상품') }, '상품 등록')
    await page().getByRole('heading', { name: '업로드를 마쳤습니다' }).waitFor()

    await nav('기록')
    await expect.poll(() => historyRows().count()).toBe(1)
    const first = historyRows().first()
    const text = await first.textContent()
    expect(text).toContain('products.xlsx')
    expect(text).toContain('상품 등록 · OMNICOMMERCE (연습)')
    await expect(first.locator('.job-counts').textContent()).resolves.toBe('완료 3행·실패 1행')
    const counts = await first.locator('.job-count').evaluateAll((parts) => parts.map((p) => Number(p.getAttribute('data-count'))))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ROWS.length - 1)
    await expect(first.locator('.pill').textContent()).resolves.toBe('확인 필요')
    await expect(first.locator('.history-when').textContent()).resolves.toMatch(/^\d{4}\. \d{1,2}\. \d{1,2}\. 오[전후] \d{1,2}:\d{2}.*걸림$/)
    await app().screenshot('history-list-ko')
    const violations = await runAxe(page())
    expect(blocking(violations), describeViolations('history list', violations)).toEqual([])
  })

  it('opens a past upload: its rows can be fixed while its file is open, and sending them again is followed in Import', async () => {
    await page().getByRole('button', { name: /products\.xlsx” 업로드 열기$/ }).click()
    await page().locator('.results-headline').waitFor()
    await expect(page().locator('.history-detail-title h2').textContent()).resolves.toBe('products.xlsx')
    await expect(page().evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2')
    await expect.poll(editLine).toContain('여기서 바로 고칠 수 있습니다')
    await cell(3, IMAGE).click()
    await page().keyboard.press('Enter')
    await page().keyboard.press('Control+A')
    await page().keyboard.type('https://img.example/001002.jpg')
    await page().keyboard.press('Enter')
    await expect.poll(() => cell(3, IMAGE).textContent()).toBe('https://img.example/001002.jpg')
    await app().screenshot('history-opened-editable-ko')
    const violations = await runAxe(page())
    expect(blocking(violations), describeViolations('history detail', violations)).toEqual([])

    await page().getByRole('button', { name: '1행 다시 보내기' }).click()
    await page().getByRole('heading', { level: 1, name: '스프레드시트 가져오기' }).waitFor()
    await page().getByRole('heading', { name: '모든 행이 반영되었습니다' }).waitFor()
    await expect(shownCounts(page())).resolves.toEqual({})
    await app().screenshot('history-resent-followed-ko')
  })

  it('lists the resend first, as a resend of the upload before it', async () => {
    await nav('기록')
    await expect.poll(() => historyRows().count()).toBe(2)
    await expect(historyRows().nth(0).locator('.history-resend').textContent()).resolves.toMatch(/^“products\.xlsx”\(.+\)에서 다시 보냄$/)
    await expect(historyRows().nth(0).locator('.job-counts').textContent()).resolves.toBe('완료 1행')
    await expect(historyRows().nth(0).locator('.pill').textContent()).resolves.toBe('완료')
    await expect(historyRows().nth(1).locator('.history-resend').count()).resolves.toBe(0)
    await app().screenshot('history-two-ko')
  })

  it('shows a past upload read-only once its file is closed, and exports its report again', async () => {
    await nav('가져오기')
    await page().getByRole('button', { name: '다른 파일 가져오기' }).click()
    await nav('기록')
    await historyRows().nth(1).getByRole('button', { name: /업로드 열기$/ }).click()
    await expect.poll(editLine).toBe('읽기 전용입니다. 이 업로드의 파일이 열려 있지 않습니다. 여기서 고치려면 가져오기에서 파일을 다시 열어 주세요. 또는 실패 보고서를 내보내 고친 뒤 가져와도 됩니다.')
    await cell(3, IMAGE).dblclick()
    await expect(page().getByRole('textbox').count()).resolves.toBe(0)

    const report = await download(app(), () => page().getByRole('button', { name: '실패 보고서 내보내기' }).click())
    expect(report.name).toBe('products - 실패 행.xlsx')
    const [header, ...rows] = reportCells(report)
    expect(header?.slice(-4)).toEqual(['Sheetport 원본 시트', 'Sheetport 원본 행', 'Sheetport 상태', 'Sheetport 사유'])
    expect(rows).toEqual([[...(ROWS[2] ?? []), '상품', '3', '실패', '이미지 URL을 열 수 없습니다 — 브라우저에서 링크가 열리는지 확인해 주세요']])
    await app().screenshot('history-opened-read-only-ko')
  })

  it('deletes an upload from the list after asking, then the open one from its page, back to the empty state', async () => {
    await page().getByRole('button', { name: '전체 업로드' }).click()
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/업로드 열기$/)
    await historyRows().nth(0).getByRole('button', { name: /업로드 삭제$/ }).click()
    await expect(page().evaluate(() => document.activeElement?.textContent)).resolves.toBe('그대로 두기')
    await app().screenshot('history-delete-confirm-ko')
    await historyRows().nth(0).getByRole('button', { name: '삭제', exact: true }).click()
    await expect.poll(() => historyRows().count()).toBe(1)
    await page().getByText('“products.xlsx” 업로드를 삭제했습니다.').waitFor()

    await historyRows().first().getByRole('button', { name: /업로드 열기$/ }).click()
    await page().getByRole('button', { name: '이 업로드 삭제' }).click()
    await page().getByRole('button', { name: '삭제', exact: true }).click()
    await page().getByRole('heading', { name: '아직 가져오기 기록이 없습니다' }).waitFor()
    await app().screenshot('history-all-deleted-ko')
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})
