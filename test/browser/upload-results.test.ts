import { describe, expect, it } from 'vitest'
import { unescapeCell } from '../../src/core/report'
import { blocking, describeViolations, runAxe } from './axe'
import { walkTabOrder } from './focus'
import { appForResults, download, reportCells, resultsGrid, shownCounts, uploadThroughPractice, workbook, type Rows } from './results-support'

const HEADERS = ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지']
const product = (id: string, name: string, image = `https://img.example/${id}.jpg`, category = '상의'): string[] => [id, name, image, category, `https://shop.example/p/${id}`]

/**
 * Twelve products: eight that go through; two the practice service refuses
 * because their image can't be opened (sheet rows 4 and 5, named like
 * formulas); two that are not sent because they need fixing (row 7 has no
 * image, row 8 a category the service does not know). Leading zeros and
 * Hangul throughout.
 */
const ROWS: Rows = [
  HEADERS,
  product('000123', '린넨 셔츠'),
  product('P-201', '코튼 셔츠', undefined, '가방'),
  product('007001', '=SUM(1,2) 한정 특가', 'https://img.example/unreachable/007001.jpg'),
  product('007002', '+82 행사 상품', 'https://img.example/unreachable/007002.jpg', '가방'),
  product('P-204', '울 니트'),
  product('000456', '한글 이름 상품', ''),
  product('P-206', '우산 세트', undefined, '우산'),
  product('P-207', '데님 셔츠'),
  product('P-208', '캔버스 가방', undefined, '가방'),
  product('P-209', '린넨 블라우스'),
  product('P-210', '체크 셔츠'),
  product('P-211', '가죽 가방', undefined, '가방')
]
const DATA_ROWS = ROWS.length - 1
const ID = 0
const NAME = 1
const IMAGE = 2

describe('the results of an upload: counts, causes, fixing and sending again, the failure report', () => {
  const app = appForResults()
  const page = () => app().page
  const { grid, rowHeaders, row, cell } = resultsGrid(page)
  const details = () => page().locator('.results-details')
  const status = (sheetRow: number) => row(sheetRow).locator('.rg-status .row-state').textContent()

  it('follows the upload to its end, then shows every row counted once', async () => {
    await uploadThroughPractice(page(), { name: '상품 목록.xlsx', bytes: workbook(ROWS, '상품') }, '상품 등록')
    const bar = page().getByRole('progressbar')
    await bar.waitFor()
    await page().getByRole('heading', { name: '업로드를 마쳤습니다' }).waitFor()
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe(String(DATA_ROWS))
    await expect(bar.getAttribute('aria-valuemax')).resolves.toBe(String(DATA_ROWS))
    await app().screenshot('results-upload-done-ko')
    await page().getByRole('button', { name: '결과 보기' }).click()
    await page().locator('.results-headline').waitFor()

    const counts = await shownCounts(page())
    expect(counts).toEqual({ accepted: 8, failed: 2, invalid: 2 })
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(DATA_ROWS)
    await expect(page().locator('.results-counts').textContent()).resolves.toBe('완료 8행·실패 2행·수정 필요 2행')
    await expect(page().locator('.results-total').textContent()).resolves.toBe(`이 업로드의 전체 행: ${DATA_ROWS}행`)
    await expect(grid().getAttribute('aria-rowcount')).resolves.toBe(String(DATA_ROWS + 1))
    await expect.poll(rowHeaders).toHaveLength(DATA_ROWS)
    await app().screenshot('results-ko')
  })

  it('reaches every control on the results with Tab, each showing where the focus is', async () => {
    const stops = await walkTabOrder(page())
    const names = stops.map((stop) => stop.name)
    for (const expected of ['4행 다시 보내기', '실패 보고서 내보내기', '다른 파일 가져오기']) expect(names.some((name) => name.includes(expected)), expected).toBe(true)
    expect(names.filter((name) => name.startsWith('button') && name.includes('해결 방법'))).toHaveLength(3)
    expect(names.filter((name) => name.startsWith('div')).length, 'the grid is one Tab stop').toBe(1)
    expect(stops.filter((stop) => !stop.ringVisible).map((stop) => stop.name)).toEqual([])
  })

  it('groups the rows that did not go through by cause, with counts and the fix, and a group filters the grid', async () => {
    const groups = page().locator('.reason-group')
    await expect(groups.count()).resolves.toBe(3)
    const image = groups.filter({ hasText: '이미지 URL을 열 수 없습니다' })
    await expect(image.textContent()).resolves.toBe('2행이미지 URL을 열 수 없습니다해결 방법: 브라우저에서 링크가 열리는지 확인해 주세요실패')
    await expect(groups.filter({ hasText: '대표 이미지 URL이 비어 있습니다' }).locator('.reason-count').textContent()).resolves.toBe('1행')
    await expect(groups.filter({ hasText: '카테고리에 쓸 수 없는 값입니다' }).locator('.reason-count').textContent()).resolves.toBe('1행')

    await image.click()
    await expect(image.getAttribute('aria-pressed')).resolves.toBe('true')
    await expect.poll(rowHeaders).toEqual(['4', '5'])
    await expect(page().locator('.results-group-chip').textContent()).resolves.toContain('이미지 URL을 열 수 없습니다')
    await app().screenshot('results-group-ko')
    await image.click()
    await expect.poll(rowHeaders).toHaveLength(DATA_ROWS)
  })

  it('filters to the rows that need attention and tells each row’s reason on hover and focus', async () => {
    await page().getByLabel('확인 필요').check()
    await expect.poll(rowHeaders).toEqual(['4', '5', '7', '8'])
    await expect(status(4)).resolves.toBe('실패')
    await expect(status(7)).resolves.toBe('수정 필요')
    await row(8).locator('.rg-status').hover()
    await page().locator('.rg-tip', { hasText: '카테고리에 쓸 수 없는 값입니다' }).waitFor()
    await page().mouse.move(0, 0)
    await row(4).locator('.rg-status').focus()
    await page().locator('.rg-tip', { hasText: '이미지 URL을 열 수 없습니다' }).waitFor()
    await expect.poll(() => details().textContent()).toContain('4행')
    await expect(details().textContent()).resolves.toContain('이미지 URL을 열 수 없습니다')
    await app().screenshot('results-problems-ko')
  })

  it('exports the failure report as .xlsx (the default for a workbook) and .csv, with every original value exactly', async () => {
    const format = page().getByLabel('파일 형식')
    await expect(format.inputValue()).resolves.toBe('xlsx')
    const xlsx = await download(app(), () => page().getByRole('button', { name: '실패 보고서 내보내기' }).click())
    await page().getByText(`“${xlsx.name}” 파일을 저장했습니다.`).waitFor()
    await format.selectOption('csv')
    const csv = await download(app(), () => page().getByRole('button', { name: '실패 보고서 내보내기' }).click())
    expect(xlsx.name).toMatch(/\.xlsx$/)
    expect(csv.name).toMatch(/\.csv$/)

    for (const report of [xlsx, csv]) {
      const [header, ...rows] = reportCells(report)
      expect(header).toEqual([...HEADERS, 'Sheetport 원본 시트', 'Sheetport 원본 행', 'Sheetport 상태', 'Sheetport 사유'])
      expect(rows.map((r) => r[6])).toEqual(['4', '5', '7', '8'])
      for (const reported of rows) {
        expect(reported.slice(0, HEADERS.length).map(unescapeCell)).toEqual(ROWS[Number(reported[6]) - 1])
        expect(reported[5]).toBe('상품')
      }
      // Formula-looking text is neutralised in the file (and undone when the report is imported again).
      expect(rows[0]?.[NAME]).toBe("'=SUM(1,2) 한정 특가")
      expect(rows[1]?.[NAME]).toBe("'+82 행사 상품")
      expect(rows[0]?.[ID]).toBe('007001')
      expect(rows.map((r) => r[7])).toEqual(['실패', '실패', '수정 필요 (보내지 않음)', '수정 필요 (보내지 않음)'])
      expect(rows[0]?.[8]).toBe('이미지 URL을 열 수 없습니다 — 브라우저에서 링크가 열리는지 확인해 주세요')
      expect(rows[3]?.[8]).toContain('카테고리에 쓸 수 없는 값입니다')
    }
  })

  it('edits a failed row and a row that needed fixing from the keyboard: the new value and its check show at once', async () => {
    await cell(4, ID).click()
    await page().keyboard.press('ArrowRight')
    await page().keyboard.press('ArrowRight')
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(`0:${IMAGE + 2}`)
    await page().keyboard.press('Enter')
    const editor = page().getByRole('textbox', { name: '4행 “이미지 URL” 새 값' })
    await expect(editor.inputValue()).resolves.toBe('https://img.example/unreachable/007001.jpg')
    await page().keyboard.type('https://img.example/007001.jpg')
    await page().keyboard.press('Enter')
    await expect.poll(() => cell(4, IMAGE).textContent()).toBe('https://img.example/007001.jpg')
    await expect.poll(() => status(4)).toBe('실패· 고침')
    await expect(details().textContent()).resolves.toContain('이 행을 고쳤습니다')

    // Row 7 had no image: a value that is still wrong is marked at once, then fixed.
    await cell(7, IMAGE).click()
    await page().keyboard.press('Enter')
    await page().keyboard.type('사진 없음')
    await page().keyboard.press('Enter')
    await expect.poll(() => cell(7, IMAGE).getAttribute('aria-invalid')).toBe('true')
    await expect(details().textContent()).resolves.toContain('아직 고칠 곳이 있습니다')
    await app().screenshot('results-edit-still-wrong-ko')
    await page().keyboard.press('Enter')
    await page().keyboard.press('Control+A')
    await page().keyboard.type('https://img.example/000456.jpg')
    await page().keyboard.press('Enter')
    await expect.poll(() => cell(7, IMAGE).getAttribute('aria-invalid')).toBeNull()
    await expect(cell(7, IMAGE).textContent()).resolves.toBe('https://img.example/000456.jpg')
    await app().screenshot('results-edited-ko')
  })

  it('sends the four rows again, follows the new upload, and the fixed rows go through with their earlier attempt kept', async () => {
    await page().getByRole('button', { name: '4행 다시 보내기' }).click()
    await expect.poll(() => page().locator('.results-total').textContent()).toBe('이 업로드의 전체 행: 4행')
    await expect.poll(() => shownCounts(page())).toEqual({ accepted: 2, failed: 1, invalid: 1 })
    await expect.poll(rowHeaders).toEqual(['4', '5', '7', '8'])
    await expect(status(4)).resolves.toBe('완료')
    await expect(status(7)).resolves.toBe('완료')
    await expect(status(5)).resolves.toBe('실패')
    await cell(4, NAME).click()
    const attempts = details().locator('.attempt')
    await expect.poll(() => attempts.count()).toBe(1)
    await expect(attempts.first().textContent()).resolves.toContain('실패')
    await expect(attempts.first().textContent()).resolves.toContain('이미지 URL을 열 수 없습니다')
    await expect(page().getByRole('button', { name: '2행 다시 보내기' }).isEnabled()).resolves.toBe(true)
    await app().screenshot('results-resent-ko')
  })

  it('has no serious accessibility problems on the results', async () => {
    const violations = await runAxe(page())
    expect(blocking(violations), describeViolations('results', violations)).toEqual([])
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})

describe('NCLUE profiles stay “processing” until the service finishes them, then update by themselves', () => {
  const app = appForResults()
  const page = () => app().page
  const { rowHeaders, row } = resultsGrid(page)
  const status = (sheetRow: number) => row(sheetRow).locator('.rg-status .row-state').textContent()
  const INTENTS: Rows = [
    ['프로필명', '태스크명'],
    ['겨울 아우터 관심 고객', 'practice-fashion-intent'],
    ['FAIL 연말 선물 준비 고객', 'practice-fashion-intent'],
    ['스킨케어 세트 관심 고객', 'practice-beauty-intent']
  ]

  it('shows the profiles processing, then done or failed, without a click', async () => {
    await uploadThroughPractice(page(), { name: '쇼핑 의도.xlsx', bytes: workbook(INTENTS, '쇼핑 의도') }, '쇼핑 의도 프로필 생성')
    await page().getByRole('button', { name: '결과 보기' }).click()
    await expect.poll(rowHeaders).toEqual(['2', '3', '4'])
    await page().locator('.results-headline').waitFor({ timeout: 30_000 })
    await expect(page().locator('.results-headline h2').textContent()).resolves.toBe('보내기 완료 — 서비스에서 아직 처리 중입니다')
    await expect.poll(() => status(2)).toBe('처리 중')
    await expect.poll(() => shownCounts(page())).toEqual({ pending: 3 })
    await app().screenshot('results-nclue-processing-ko')

    await expect.poll(() => shownCounts(page()), { timeout: 40_000 }).toEqual({ accepted: 2, failed: 1 })
    await expect.poll(() => status(2)).toBe('완료')
    await expect.poll(() => status(3)).toBe('실패')
    await expect(status(4)).resolves.toBe('완료')
    await expect(page().locator('.reason-group').count()).resolves.toBe(1)
    await expect(page().locator('.results-headline h2').textContent()).resolves.toBe('업로드를 마쳤습니다')
    await app().screenshot('results-nclue-done-ko')
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})

describe('OMNICOMMERCE products stay “processing at the service” after the 202, then turn done or failed by themselves', () => {
  // A slow practice service, so the processing state can be seen before it ends.
  const app = appForResults({ omnicommerceProcessingMs: 6_000 })
  const page = () => app().page
  const { rowHeaders, row } = resultsGrid(page)
  const status = (sheetRow: number) => row(sheetRow).locator('.rg-status .row-state').textContent()
  const PRODUCTS: Rows = [HEADERS, product('PX-1', '린넨 셔츠'), product('PX-2', '코튼 셔츠', 'https://img.example/error-image/PX-2.jpg'), product('PX-3', '울 니트')]

  it('shows “confirming with the service”, then the rows turn done or failed (with the service’s reason) without a click', async () => {
    await uploadThroughPractice(page(), { name: '상품 처리.xlsx', bytes: workbook(PRODUCTS, '상품') }, '상품 등록')
    await expect.poll(() => page().locator('.notice-info').first().textContent(), { timeout: 20_000 }).toMatch(/서비스에 확인하는 중: 3행 중 0행/)
    await expect(page().locator('#job-title').textContent()).resolves.toBe('보내기 완료 — 서비스에 확인하는 중…')
    await app().screenshot('upload-products-confirming-ko')
    await page().getByRole('button', { name: '결과 보기' }).click()
    await expect.poll(rowHeaders).toEqual(['2', '3', '4'])
    await expect.poll(() => shownCounts(page())).toEqual({ pending: 3 })
    await expect.poll(() => status(3)).toBe('처리 중')
    await app().screenshot('results-products-processing-ko')

    await expect.poll(() => shownCounts(page()), { timeout: 40_000 }).toEqual({ accepted: 2, failed: 1 })
    await expect.poll(() => status(2)).toBe('완료')
    await expect.poll(() => status(3)).toBe('실패')
    await expect(page().locator('.reason-group').first().textContent()).resolves.toMatch(/이미지 URL을 열 수 없습니다/)
    await expect(page().locator('.results-headline h2').textContent()).resolves.toBe('업로드를 마쳤습니다')
    await app().screenshot('results-products-done-ko')
  })

  it('logged no errors in the page', () => {
    expect(app().problems).toEqual([])
  })
})
