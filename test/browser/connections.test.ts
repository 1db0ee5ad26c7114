import type { Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blocking, describeViolations, runAxe } from './axe'
import { openApp, type AppUnderTest } from './harness'

// The Connections screen in chromium (Korean): add a connection, test it, edit it, remove it.

const PRACTICE_KEY = 'practice-omnicommerce-key'
const WRONG_KEY = 'wrong-omni-key-Bz73Qx'

describe('the connections screen', () => {
  let app: AppUnderTest
  const answers: Promise<string>[] = []
  beforeAll(async () => {
    app = await openApp()
    app.page.setDefaultTimeout(10_000)
    app.page.on('response', (response: Response) => {
      if (response.url().includes('/api/connections:')) answers.push(response.text())
    })
    await app.page.getByRole('button', { name: '연결', exact: true }).click()
    await app.page.locator('tbody tr').first().waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  const row = (name: string) => app.page.locator('tbody tr', { has: app.page.locator('td.strong', { hasText: new RegExp(`^${name}`) }) })
  /** Waits until the status line says `text` (a save, removal or test has finished). */
  const noticeSays = (text: string) => app.page.getByRole('status').getByText(text).first().waitFor()
  /** Waits until the focused element reads `text` (focus moves after React renders). */
  const focusOn = (text: string) => app.page.waitForFunction((wanted) => document.activeElement?.textContent === wanted, text)
  /** Waits until a row's status pill reads `text`. */
  const pillSays = (name: string, text: string) => row(name).locator('.pill', { hasText: new RegExp(`^${text}$`) }).waitFor()

  it('lists the practice connections, read-only, and says what to do when there is nothing else', async () => {
    const { page } = app
    await expect(page.locator('tbody tr').count()).resolves.toBe(3)
    await expect(page.locator('tbody').textContent()).resolves.toContain('앱에 들어 있는 연습용 서비스를 사용하므로 바꿀 수 없습니다.')
    await expect(page.getByRole('button', { name: /연결 편집$/ }).count()).resolves.toBe(0)
    await page.getByRole('heading', { name: '아직 직접 추가한 연결이 없습니다' }).waitFor()
    expect(blocking(await runAxe(page)), describeViolations('connections list', blocking(await runAxe(page)))).toEqual([])
    await app.screenshot('connections-list-ko')
  })

  it('tests a practice connection and says plainly that it works', async () => {
    const { page } = app
    await page.getByRole('button', { name: '“NCLUE (연습)” 연결 확인' }).click()
    await noticeSays('정상입니다. NCLUE이(가) 응답했고 연결을 받아들였습니다.')
    await pillSays('NCLUE \\(연습\\)', '정상')
  })

  it('shows each service’s fields: OCC reveals the application key only in admin mode', async () => {
    const { page } = app
    await page.getByRole('button', { name: '연결 추가' }).first().click()
    await focusOn('연결 추가')
    await page.getByLabel('Oracle Commerce Cloud 고객').check()
    await page.getByLabel('애플리케이션 키', { exact: true }).waitFor()
    await page.getByLabel('스토어 회원 가입(키 필요 없음)').check()
    await page.getByLabel('애플리케이션 키', { exact: true }).waitFor({ state: 'detached' })
    await page.getByLabel('NCLUE 쇼핑 의도').check()
    await expect(page.getByLabel('Access Key').getAttribute('type')).resolves.toBe('password')
    await expect(page.getByLabel('Secret Key').getAttribute('type')).resolves.toBe('password')
    await page.keyboard.press('Escape')
    await page.locator('.connection-form').waitFor({ state: 'detached' })
    await focusOn('연결 추가')
  })

  it('adds a connection, pointing at the field that needs fixing first', async () => {
    const { page } = app
    const emulator = (await row('OMNICOMMERCE \\(연습\\)').locator('.mono').textContent()) ?? ''
    await page.getByRole('button', { name: '연결 추가' }).first().click()
    await page.getByLabel('이름', { exact: true }).fill('Staging')
    await page.getByLabel('서비스 주소').fill(emulator)
    await page.getByRole('button', { name: '연결 저장' }).click()
    const keyField = page.getByLabel('API 키', { exact: true })
    await page.getByText('API 키를 입력해 주세요.').waitFor()
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'password' && document.activeElement.getAttribute('aria-invalid') === 'true')
    await expect(keyField.getAttribute('aria-invalid')).resolves.toBe('true')
    expect(blocking(await runAxe(page)), describeViolations('connection form', blocking(await runAxe(page)))).toEqual([])
    await app.screenshot('connections-form-error-ko')
    await keyField.fill(PRACTICE_KEY)
    await page.getByRole('button', { name: '연결 저장' }).click()
    await noticeSays('“Staging” 연결을 저장했습니다.')
    await pillSays('Staging', '아직 확인 안 함')
    await page.locator('.connection-form').waitFor({ state: 'detached' })
    await expect(page.getByRole('heading', { name: '아직 직접 추가한 연결이 없습니다' }).count()).resolves.toBe(0)
  })

  it('tests it and shows the result', async () => {
    const { page } = app
    await page.getByRole('button', { name: '“Staging” 연결 확인' }).click()
    await noticeSays('“Staging” 연결 확인')
    await noticeSays('정상입니다. OMNICOMMERCE이(가) 응답했고')
    await pillSays('Staging', '정상')
    await expect(row('Staging').textContent()).resolves.toMatch(/에 확인함/)
    await app.screenshot('connections-tested-ko')
  })

  it('edits it: a new key replaces the saved one, an empty key field keeps it', async () => {
    const { page } = app
    await page.getByRole('button', { name: '“Staging” 연결 편집' }).click()
    await page.getByRole('heading', { name: '“Staging” 편집' }).waitFor()
    const keyField = page.getByLabel('API 키', { exact: true })
    await expect(keyField.inputValue()).resolves.toBe('')
    await expect(page.locator('.connection-form').textContent()).resolves.toContain('키가 저장되어 있습니다. 그대로 두려면 비워 두세요.')
    await keyField.fill(WRONG_KEY)
    await page.getByRole('button', { name: '연결 저장' }).click()
    await noticeSays('저장했습니다')
    await page.getByRole('button', { name: '“Staging” 연결 확인' }).click()
    await pillSays('Staging', '키가 틀림')
    await noticeSays('OMNICOMMERCE이(가) 키를 거부했습니다.')
    await noticeSays('HTTP 401')
    await app.screenshot('connections-wrong-key-ko')

    await page.getByRole('button', { name: '“Staging” 연결 편집' }).click()
    await page.getByLabel('이름', { exact: true }).fill('Staging (old key)')
    await page.getByRole('button', { name: '연결 저장' }).click()
    await noticeSays('“Staging (old key)” 연결을 저장했습니다.')
    await page.getByRole('button', { name: '“Staging (old key)” 연결 확인' }).click()
    await noticeSays('“Staging (old key)” 연결 확인')
    await pillSays('Staging \\(old key\\)', '키가 틀림')
  })

  it('removes it after asking', async () => {
    const { page } = app
    await page.getByRole('button', { name: '“Staging (old key)” 연결 삭제' }).click()
    await page.getByText('“Staging (old key)” 연결을 삭제할까요? 저장된 키도 키체인에서 함께 삭제됩니다.').waitFor()
    await focusOn('그대로 두기')
    await app.screenshot('connections-remove-confirm-ko')
    await page.getByRole('button', { name: '삭제', exact: true }).click()
    await noticeSays('“Staging (old key)” 연결을 삭제했습니다.')
    await row('Staging').waitFor({ state: 'detached' })
    await expect(page.locator('tbody tr').count()).resolves.toBe(3)
    await app.screenshot('connections-removed-ko')
  })

  it('reads in English too: the OCC form with its mode choice', async () => {
    const { page } = app
    await page.getByRole('button', { name: '설정' }).click()
    await page.getByLabel('English').check()
    await page.getByRole('heading', { name: 'Settings' }).waitFor()
    await page.getByRole('button', { name: 'Connections', exact: true }).click()
    await page.getByRole('button', { name: 'Add connection' }).first().click()
    await page.getByLabel('Oracle Commerce Cloud customers').check()
    await page.getByLabel('Application key', { exact: true }).waitFor()
    await expect(page.locator('.connection-form').textContent()).resolves.toContain('Recommended for bulk imports.')
    await app.screenshot('connections-occ-form-en')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.locator('.connection-form').waitFor({ state: 'detached' })
  })

  it('never let a key reach the page: not in any answer, not in the document', async () => {
    const bodies = await Promise.all(answers)
    expect(bodies.length).toBeGreaterThan(8)
    const all = bodies.join('\n') + (await app.page.content())
    expect(all).toContain('"hasSecret":true')
    expect(all).not.toContain(PRACTICE_KEY)
    expect(all).not.toContain(WRONG_KEY)
    expect(app.problems).toEqual([])
  })
})
