import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOGS } from '../../src/shared/catalog'
import { loadLanguage, textOf } from '../unit/i18n/languages'
import { blocking, describeViolations, runAxe } from './axe'
import { walkTabOrder } from './focus'
import { openApp, type AppUnderTest } from './harness'

/** What the tests click and wait for, in the app's own words for a language. */
async function wordsFor(language: Language) {
  const tree = await loadLanguage(language)
  const t = (key: string, params?: Record<string, string>): string => textOf(tree, key, params)
  return {
    nav: (screen: Screen) => t(`nav.${screen}`),
    heading: (screen: Screen) => t(screen === 'import' ? 'import.title' : `${screen}.title`),
    welcome: t('samples.title'),
    sample: t('samples.open', { target: CATALOGS['products:create'].label[language] }),
    columns: t('import.mapping.title'),
    columnsStep: t('import.steps.map'),
    allSet: t('import.mapping.allSet'),
    anotherFile: t('import.file.another'),
    toReview: t('import.mapping.continue'),
    startUpload: t('upload.setup.start'),
    seeResults: t('upload.seeResults'),
    finished: t('upload.status.finished'),
    historyEmpty: t('history.emptyTitle'),
    english: t('settings.languageEn')
  }
}

type Language = 'ko' | 'en'
type Screen = 'import' | 'connections' | 'history' | 'settings'
const WORDS = { ko: await wordsFor('ko'), en: await wordsFor('en') }

async function go(app: AppUnderTest, language: Language, screen: Screen): Promise<void> {
  await app.page.getByRole('navigation').getByRole('button', { name: WORDS[language].nav(screen), exact: true }).click()
  await app.page.getByRole('heading', { level: 1, name: WORDS[language].heading(screen) }).waitFor()
}

/** Opens a fresh app (a first run) in the given language: Korean by default, English chosen in Settings. */
async function freshApp(language: Language): Promise<AppUnderTest> {
  const app = await openApp()
  if (language === 'en') {
    await go(app, 'ko', 'settings')
    await app.page.getByLabel(WORDS.en.english).check()
    await go(app, 'en', 'import')
  }
  await app.page.getByRole('heading', { name: WORDS[language].welcome }).waitFor()
  return app
}

describe.each(['ko', 'en'] as const)('every screen in %s has no serious or critical axe-core violation', (language) => {
  let app: AppUnderTest
  const words = WORDS[language]
  beforeAll(async () => {
    app = await freshApp(language)
  })
  afterAll(async () => {
    await app?.close()
  })

  /** Scans the page as it is now, saves a screenshot, and fails with a readable list of what must be fixed. */
  async function expectAccessible(screen: string): Promise<void> {
    await app.screenshot(`a11y-${screen}-${language}`)
    const violations = await runAxe(app.page)
    if (violations.length > 0) console.log(describeViolations(`${screen} (${language}), all findings`, violations))
    expect(blocking(violations), describeViolations(`${screen} (${language})`, blocking(violations))).toEqual([])
  }

  it('the File step on first run, with the practice welcome', async () => {
    await expect(app.page.evaluate(() => document.documentElement.lang)).resolves.toBe(language)
    await expectAccessible('import-file-first-run')
  })

  it('the Columns step after opening a practice sample', async () => {
    await app.page.getByRole('button', { name: words.sample }).click()
    await app.page.getByRole('heading', { name: words.columns }).waitFor()
    await expectAccessible('import-columns-sample')
  })

  it('the File step after the first import, with the compact practice row', async () => {
    await app.page.getByRole('button', { name: words.anotherFile }).click()
    await app.page.getByRole('button', { name: words.sample }).waitFor()
    await expect(app.page.getByRole('heading', { name: words.welcome }).count()).resolves.toBe(0)
    await expectAccessible('import-file-later')
  })

  it('Connections', async () => {
    await go(app, language, 'connections')
    await app.page.locator('tbody tr').first().waitFor()
    await expectAccessible('connections')
  })

  it('History, before any upload', async () => {
    await go(app, language, 'history')
    await app.page.getByRole('heading', { name: words.historyEmpty }).waitFor()
    await expectAccessible('history')
  })

  it('the Results step after uploading a practice sample', async () => {
    await go(app, language, 'import')
    await app.page.getByRole('button', { name: words.sample }).click()
    await app.page.getByRole('button', { name: words.toReview }).click()
    await app.page.locator('.review-send button').click()
    await app.page.getByRole('button', { name: words.startUpload }).click()
    await app.page.getByRole('heading', { name: words.finished }).waitFor()
    await app.page.getByRole('button', { name: words.seeResults }).click()
    await app.page.getByRole('grid').getByRole('rowheader').first().waitFor()
    await expectAccessible('results')
  })

  it('History with an upload, and that upload opened', async () => {
    await go(app, language, 'history')
    await app.page.locator('.history-table tbody tr').first().waitFor()
    await expectAccessible('history-list')
    await app.page.locator('.history-table tbody tr').first().locator('[data-open]').click()
    await app.page.getByRole('grid').getByRole('rowheader').first().waitFor()
    await expectAccessible('history-opened')
  })

  it('Settings', async () => {
    await go(app, language, 'settings')
    await expectAccessible('settings')
  })

  it('logged no errors in the page', () => {
    expect(app.problems).toEqual([])
  })
})

describe('keyboard only', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await freshApp('ko')
  })
  afterAll(async () => {
    await app?.close()
  })

  it('reaches a practice sample with Tab, opens it with Enter, and lands on the Columns step with focus on the content', async () => {
    const { page } = app
    const words = WORDS.ko
    let presses = 0
    while ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== words.sample) {
      expect(presses++, 'the sample button is not in the Tab order').toBeLessThan(30)
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: words.columns }).waitFor()
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain(words.columnsStep)
    await expect(page.getByText(words.allSet).isVisible()).resolves.toBe(true)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(words.anotherFile)
    await app.screenshot('keyboard-columns-ko')
  })

  it('shows a focus indicator on every stop of the Tab order, on every screen', async () => {
    const missing: string[] = []
    const check = async (screen: string): Promise<void> => {
      const stops = await walkTabOrder(app.page)
      expect(stops.length, `${screen} has nothing to Tab to`).toBeGreaterThan(3)
      missing.push(...stops.filter((stop) => !stop.ringVisible).map((stop) => `${screen}: ${stop.name}`))
    }
    await check('columns')
    for (const screen of ['connections', 'history', 'settings', 'import'] as const) {
      await go(app, 'ko', screen)
      await check(screen)
    }
    expect(missing).toEqual([])
  })

  it('logged no errors in the page', () => {
    expect(app.problems).toEqual([])
  })
})
