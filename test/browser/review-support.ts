import type { Locator } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { openApp, type AppUnderTest } from './harness'
import type { PracticeOptions } from '../../src/core/practice/types'

/**
 * Opens the app in a window tall enough for the summary, the grid and the
 * row details together (or as tall as asked), before the describe's tests,
 * and closes it after.
 */
export function appForReview(height = 1000, practice?: PracticeOptions): () => AppUnderTest {
  let app: AppUnderTest | undefined
  beforeAll(async () => {
    app = await openApp({ height, ...(practice ? { practice } : {}) })
  })
  afterAll(async () => {
    await app?.close()
  })
  return () => {
    if (!app) throw new Error('the app is not open yet')
    return app
  }
}

/** The review grid and the sheet row numbers it shows. */
export function reviewGrid(app: () => AppUnderTest): { grid(): Locator; rowHeaders(): Promise<string[]> } {
  const grid = () => app().page.getByRole('grid')
  return { grid, rowHeaders: () => grid().getByRole('rowheader').allTextContents() }
}
