import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeText } from '../../../../src/core/sheets/decode-text'
import { detectDelimiter, parseDelimited } from '../../../../src/core/sheets/delimited-text'
import type { SheetTable } from '../../../../src/shared/sheet'
import { CUSTOMER_EXPECTATIONS } from './customers'
import { KOREAN_EXPECTATIONS } from './korean'
import { WESTERN_PRODUCT_EXPECTATIONS } from './products-western'
import type { FixtureExpectation } from './types'

/** Every fixture with what it should map to. */
export const FIXTURE_EXPECTATIONS: readonly FixtureExpectation[] = [...KOREAN_EXPECTATIONS, ...WESTERN_PRODUCT_EXPECTATIONS, ...CUSTOMER_EXPECTATIONS]

/** The folder of the collected header rows. */
export const FIXTURE_DIR = join(__dirname, '../../../fixtures/platform-exports')

/**
 * A fixture as a table: its header row pinned where the expectation says
 * (header detection is tested elsewhere) and only its real data rows below
 * (guidance rows such as ESM's 필수/description rows are dropped).
 */
export function fixtureTable(fixture: FixtureExpectation): SheetTable {
  const path = join(FIXTURE_DIR, fixture.file)
  const { text } = decodeText(new Uint8Array(readFileSync(path)))
  const { delimiter, skip } = detectDelimiter(text.slice(0), path)
  const records: string[][] = []
  parseDelimited(text.slice(skip), delimiter, (fields) => void records.push(fields))
  const header = records[fixture.headerRow] ?? []
  const data = fixture.dataFrom === null ? [] : records.slice(fixture.dataFrom).filter((r) => r.some((c) => c !== ''))
  const width = header.length
  const rows = [header, ...data].map((cells, i) => ({ rowNumber: i + 1, cells: Array.from({ length: width }, (_, c) => cells[c] ?? '') }))
  return { sheetName: 'Sheet1', rows, headerIndex: 0, columnCount: width }
}
