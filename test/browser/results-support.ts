import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from 'playwright-core'
import * as XLSX from 'xlsx'
import type { AppUnderTest } from './harness'
import { appForReview } from './review-support'
import type { PracticeOptions } from '../../src/core/practice/types'

/** A sheet as rows of text cells, the header row first. */
export type Rows = readonly (readonly string[])[]

/** A one-sheet workbook of text cells (so leading zeros stay), as the file input takes it. */
export function workbook(rows: Rows, sheetName: string): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]))
  for (const address of Object.keys(sheet)) {
    const cell = sheet[address] as XLSX.CellObject | undefined
    if (!address.startsWith('!') && cell) Object.assign(cell, { t: 's', v: String(cell.v), z: '@' })
  }
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, sheetName)
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

/**
 * Opens a workbook in the import flow, chooses what the rows become, goes
 * through Columns and Review, and starts the upload on the practice
 * connection (Korean interface).
 */
export async function uploadThroughPractice(page: Page, file: { name: string; bytes: Buffer }, target: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes })
  await page.getByRole('radio', { name: target }).check()
  await page.getByRole('button', { name: '검토로 계속' }).click()
  await page.locator('.review-summary').waitFor()
  await page.locator('.review-send button').click()
  await page.getByRole('button', { name: '업로드 시작' }).click()
}

/** The results headline's count of rows per state, as the screen shows them, by state. */
export async function shownCounts(page: Page): Promise<Record<string, number>> {
  const parts = page.locator('.results-counts .job-count')
  const counts: Record<string, number> = {}
  for (const part of await parts.all()) {
    const state = (await part.getAttribute('data-state')) ?? '?'
    const text = (await part.textContent()) ?? ''
    counts[state] = Number(/[\d,]+/.exec(text)?.[0]?.replace(/,/g, '') ?? NaN)
  }
  return counts
}

/** The results grid. */
export function resultsGrid(page: () => Page): { grid(): Locator; rowHeaders(): Promise<string[]>; row(sheetRow: number): Locator; cell(sheetRow: number, column: number): Locator } {
  const grid = () => page().getByRole('grid')
  const row = (sheetRow: number) => grid().getByRole('row').filter({ has: page().getByRole('rowheader', { name: String(sheetRow), exact: true }) })
  return {
    grid,
    rowHeaders: () => grid().getByRole('rowheader').allTextContents(),
    row,
    // Row number and status come first, so a sheet column's aria-colindex is its index + 3.
    cell: (sheetRow, column) => row(sheetRow).locator(`[aria-colindex="${column + 3}"]`)
  }
}

/** Clicks a button that saves a file and returns the file as the browser downloaded it. */
export async function download(app: AppUnderTest, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([app.page.waitForEvent('download'), click()]) as [Download, void]
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: await readFile(path) }
}

/** A downloaded report's cells, as text, the header row first (CSV read without turning "007001" into a number). */
export function reportCells(file: { name: string; bytes: Buffer }): string[][] {
  const book = file.name.endsWith('.csv')
    ? XLSX.read(new TextDecoder('utf-8', { ignoreBOM: false }).decode(file.bytes), { type: 'string', raw: true })
    : XLSX.read(file.bytes, { type: 'buffer' })
  const sheet = book.Sheets[book.SheetNames[0] ?? '']
  if (!sheet) throw new Error(`${file.name} has no sheet`)
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' })
}

/**
 * Opens the app before the describe's tests in a window tall enough for the
 * results headline, the actions, the causes, the grid and the row details
 * together (so screenshots show the whole screen), and closes it after.
 */
export function appForResults(practice?: PracticeOptions): () => AppUnderTest {
  return appForReview(1900, practice)
}
