import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { devServerContentSecurityPolicy } from '../../src/shared/csp'
import { launchChromium, SCREENSHOT_DIR } from './harness'
import { startRendererDevServer, type RendererDevServer } from './renderer-dev-server'

// `npm start` serves the renderer from Vite's dev server; a CSP that blocks
// what the dev client injects leaves the app unstyled (Times New Roman) with
// only a console error to show for it.
describe('the renderer under `npm start` (Vite dev server, own config)', () => {
  let dev: RendererDevServer
  let browser: Browser
  let page: Page
  const violations: string[] = []
  const viteLog: string[] = []

  beforeAll(async () => {
    dev = await startRendererDevServer()
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'ko-KR' })
    // Exposed functions survive reloads, so violations after a hot reload count too.
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      document.addEventListener('securitypolicyviolation', (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`), true)
    })
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
      if (message.text().startsWith('[vite]')) viteLog.push(message.text())
    })
    await page.goto(dev.url)
    await page.waitForSelector('nav')
  })
  afterAll(async () => {
    await browser?.close()
    await dev?.server.close()
  })

  /** The computed styles that only app.css gives: its font stack and the sidebar's grid column. */
  function appStyles(): Promise<{ font: string; sidebarColumn: string; sidebarBackground: string }> {
    return page.evaluate(() => {
      const shell = document.querySelector('.shell')
      const sidebar = document.querySelector('.sidebar')
      return {
        font: getComputedStyle(document.body).fontFamily,
        sidebarColumn: shell ? getComputedStyle(shell).gridTemplateColumns.split(' ')[0] ?? '' : '',
        sidebarBackground: sidebar ? getComputedStyle(sidebar).backgroundColor : ''
      }
    })
  }

  it('serves the production policy plus one nonce, which Vite puts on what it injects', async () => {
    const { policy, nonce, unstamped } = await page.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      nonce: (document.querySelector('meta[property="csp-nonce"]') as HTMLElement | null)?.nonce ?? '',
      unstamped: [...document.querySelectorAll('script, style')].filter((element) => (element as HTMLElement).nonce === '').length
    }))
    expect(nonce.length).toBeGreaterThanOrEqual(16)
    expect(policy).toBe(devServerContentSecurityPolicy(nonce))
    expect(unstamped).toBe(0)
  })

  it("applies the app's own style rules", async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dev-server-ko.png'), fullPage: true })
    const styles = await appStyles()
    expect(styles.font).toMatch(/^system-ui/)
    expect(styles.sidebarColumn).toBe('240px')
    expect(styles.sidebarBackground).toBe('rgb(238, 240, 244)')
  })

  it('connects the hot-reload websocket and takes hot updates', async () => {
    await expect.poll(() => viteLog, { timeout: 15_000 }).toContain('[vite] connected.')
    // A saved stylesheet: the change event the watcher would see, without touching the file.
    dev.server.watcher.emit('change', resolve('src/renderer/src/styles/app.css'))
    await expect.poll(() => viteLog.some((line) => line.includes('hot updated: /src/styles/app.css')), { timeout: 15_000 }).toBe(true)
    const reloaded = page.waitForEvent('load')
    dev.server.ws.send({ type: 'full-reload' })
    await reloaded
    await page.waitForSelector('nav')
    await expect.poll(() => viteLog.filter((line) => line === '[vite] connected.').length, { timeout: 15_000 }).toBe(2)
    expect((await appStyles()).font).toMatch(/^system-ui/)
  })

  it('reports no Content-Security-Policy violation', () => {
    expect(violations).toEqual([])
  })
})
