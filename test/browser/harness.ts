import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startWebBridge, type WebBridge } from '../../src/web/bridge-server'
import type { UpdatePort } from '../../src/core/updates/update-port'
import type { PracticeOptions } from '../../src/core/practice/types'
import type { Handlers } from '../../src/core/app/handlers/types'
import { createTestCore } from '../unit/support/test-core'

/** Where browser tests leave screenshots for a person to look at. */
export const SCREENSHOT_DIR = resolve('test-output/screenshots')

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic'
]

/** Debian's chromium (or CHROMIUM_PATH), headless, with the flags every browser test uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
}

/** A running app in headless chromium: the built renderer behind a fresh web bridge and core. */
export interface AppUnderTest {
  readonly page: Page
  readonly bridge: WebBridge
  /** The app's data folder (settings, connections, jobs/). */
  readonly dataDir: string
  /** Console errors and page errors seen so far (CSP violations show up here). */
  readonly problems: string[]
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

/**
 * Starts what `npm run web` starts — the built renderer (out/renderer) and
 * the core behind the loopback bridge — with a fresh data folder, and opens
 * it in Debian's chromium (or CHROMIUM_PATH). `updates` stands in for the
 * desktop updater, which the browser build does not have; `handlers`
 * may wrap the core's channels (a bench's baseline behaviour).
 */
export async function openApp(options: { width?: number; height?: number; updates?: UpdatePort; practice?: PracticeOptions; handlers?: (core: Handlers) => Handlers } = {}): Promise<AppUnderTest> {
  const core = await createTestCore({ ...(options.updates ? { updates: options.updates } : {}), ...(options.practice ? { practice: options.practice } : {}) })
  const bridge = await startWebBridge({ handlers: options.handlers?.(core.handlers) ?? core.handlers, events: core.events, staticDir: resolve('out/renderer') })
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 820 }, locale: 'ko-KR' })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(bridge.url)
  await page.waitForSelector('nav')
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  return {
    page,
    bridge,
    dataDir: core.dataDir,
    problems,
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      // The content scrolls inside the window, as in the app: show all of it by making the window as tall for the shot.
      const viewport = page.viewportSize()
      const tall = await page.evaluate(() => document.querySelector('.content')?.scrollHeight ?? 0)
      if (viewport !== null && tall > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.min(tall, 6000) })
      await page.screenshot({ path, fullPage: true })
      if (viewport !== null && tall > viewport.height) await page.setViewportSize(viewport)
      return path
    },
    async close() {
      await browser.close()
      await bridge.close()
      await core.close()
    }
  }
}
