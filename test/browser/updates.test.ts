import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeUpdatePort, type FakeUpdatePort } from '../unit/support/fake-update-port'
import { blocking, describeViolations, runAxe } from './axe'
import { openApp, type AppUnderTest } from './harness'

// The update banner in chromium. The browser build has no updater, so a stand-in one is
// passed to the core; its status reaches the page the way the desktop app's does (updates:changed).

describe('the update banner in chromium', () => {
  let app: AppUnderTest
  let updater: FakeUpdatePort
  beforeAll(async () => {
    updater = fakeUpdatePort()
    app = await openApp({ updates: updater.port })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('stays away while nothing is downloaded', async () => {
    updater.move({ state: 'checking' })
    updater.move({ state: 'downloading', version: '0.2.0', percent: 50 })
    await app.page.waitForTimeout(300)
    await expect(app.page.getByRole('region', { name: '업데이트' }).count()).resolves.toBe(0)
  })

  it('says a downloaded version is ready, in Korean, and restarts on “지금 다시 시작”', async () => {
    updater.move({ state: 'ready', version: '0.2.0' })
    const banner = app.page.getByRole('region', { name: '업데이트' })
    await banner.waitFor()
    await expect(banner.getByRole('status').textContent()).resolves.toBe('새 버전(0.2.0)이 준비되었습니다. Sheetport를 다시 시작하면 설치됩니다.')
    const violations = await runAxe(app.page)
    expect(blocking(violations), describeViolations('update banner', violations)).toEqual([])
    await app.screenshot('update-banner-ko')
    await banner.getByRole('button', { name: '지금 다시 시작' }).click()
    await expect.poll(() => updater.port.restartToUpdate.mock.calls.length).toBe(1)
    expect(app.problems).toEqual([])
  })
})
