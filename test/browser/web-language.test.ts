import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './harness'

/** `npm run web` as a person starts it (its own core and bridge), on a machine whose LANG names neither language. */
async function startWeb(): Promise<{ child: ChildProcess; url: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sheetport-web-language-'))
  const child = spawn(resolve('node_modules/.bin/tsx'), ['src/web/start.ts'], {
    env: { PATH: process.env['PATH'] ?? '', HOME: tmpdir(), LANG: 'C.UTF-8', SHEETPORT_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const found = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(out)?.[0]
      if (found !== undefined) ok(found)
    })
    child.once('exit', (code) => fail(new Error(`npm run web ended (${String(code)}) before it was ready: ${out}`)))
  })
  return { child, url }
}

describe('the web build follows the browser’s language until one is chosen in Settings', () => {
  let web: { child: ChildProcess; url: string }
  let browser: Browser
  beforeAll(async () => {
    web = await startWeb()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser.close()
    web.child.kill('SIGTERM')
  })

  async function navIn(locale: string): Promise<string> {
    const page = await browser.newPage({ locale })
    await page.goto(web.url)
    await page.waitForSelector('nav')
    const text = (await page.locator('nav').textContent()) ?? ''
    await page.close()
    return text
  }

  it('an English browser gets English, a Korean one Korean; a language chosen in Settings wins over both', async () => {
    expect(await navIn('en-US')).toContain('Connections')
    expect(await navIn('ko-KR')).toContain('연결')
    expect(await navIn('en-GB')).toContain('Connections')

    const page = await browser.newPage({ locale: 'en-US' })
    await page.goto(web.url)
    await page.getByRole('button', { name: 'Settings' }).or(page.getByRole('link', { name: 'Settings' })).first().click()
    await page.getByText('Same as my computer (English)').waitFor()
    await page.locator('input[name="language"][value="ko"]').check()
    await page.waitForSelector('nav >> text=연결')
    await page.close()
    expect(await navIn('en-US')).toContain('연결')
  })
})
