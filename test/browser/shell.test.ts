import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppUnderTest } from './harness'

describe('the app shell in chromium', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await openApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens on the import screen in Korean, with the sidebar', async () => {
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('스프레드시트 가져오기')
    const nav = page.getByRole('navigation', { name: '주 메뉴' })
    await expect(nav.getByRole('button').allTextContents()).resolves.toEqual(['가져오기', '연결', '기록', '설정'])
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain('파일')
    await app.screenshot('shell-import-ko')
  })

  it('takes the bridge token out of the address bar', async () => {
    expect(app.page.url()).not.toContain('token')
  })

  it('gives the page no way into Node or Electron', async () => {
    const globals = await app.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return [typeof w['require'], typeof w['process'], typeof w['ipcRenderer'], typeof w['module']]
    })
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined'])
  })

  it('blocks inline script with its Content-Security-Policy', async () => {
    const ran = await app.page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (window as unknown as Record<string, unknown>)['__inlineRan'] === true
    })
    expect(ran).toBe(false)
    app.problems.splice(0) // the refused script is reported as a console error on purpose
  })

  it('lists the practice connections, badged as practice', async () => {
    const { page } = app
    await page.getByRole('button', { name: '연결' }).click()
    const rows = page.locator('tbody tr')
    await rows.first().waitFor()
    await expect(rows.count()).resolves.toBe(3)
    await expect(page.locator('tbody').textContent()).resolves.toContain('OMNICOMMERCE')
    await expect(page.locator('.badge').count()).resolves.toBe(3)
    await expect(page.locator('tbody .mono').first().textContent()).resolves.toMatch(/^http:\/\/127\.0\.0\.1:\d+\/omnicommerce\/2022-08$/)
    await app.screenshot('shell-connections-ko')
  })

  it('shows an empty history that points to the next step', async () => {
    const { page } = app
    await page.getByRole('button', { name: '기록' }).click()
    // History asks the core for its uploads first, then shows the list or this empty state.
    await page.getByRole('heading', { name: '아직 가져오기 기록이 없습니다' }).waitFor()
    await app.screenshot('shell-history-empty-ko')
    await page.getByRole('button', { name: '가져오기 시작' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('스프레드시트 가져오기')
  })

  it('switches to English in settings, and the choice survives a reload', async () => {
    const { page } = app
    await page.getByRole('button', { name: '설정' }).click()
    await page.getByLabel('English').check()
    await page.getByRole('heading', { name: 'Settings' }).waitFor()
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en')
    // The support log card: the file's full path, and no "open folder" button in the browser build.
    const logCard = page.getByRole('region', { name: 'Support log' })
    await expect(logCard.locator('code').textContent()).resolves.toBe(`${app.dataDir}/logs/sheetport.log`)
    await expect(logCard.getByRole('button').count()).resolves.toBe(0)
    await app.screenshot('shell-settings-en')
    await page.reload()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Import a spreadsheet')
  })

  it('can be driven by keyboard: the first Tab reaches the skip link', async () => {
    const { page } = app
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content')
  })

  it('logged no errors in the page', () => {
    expect(app.problems).toEqual([])
  })
})
