/**
 * csv-spectrum (max-mapper/csv-spectrum, BSD-2-Clause): every CSV with the
 * JSON its readme says a parser must produce (rows as objects keyed by the
 * header row). Read through Sheetport and compared with the JSON as is,
 * except where corpus-differences.ts says why not.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { headerCells, dataRows } from '../../../../src/core/sheets'
import { adjusted } from './corpus-differences'
import { CORPUS_DIR, corpusReader } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

const NAMES = ['comma_in_quotes', 'empty', 'empty_crlf', 'escaped_quotes', 'json', 'location_coordinates', 'newlines', 'newlines_crlf', 'quotes_and_newlines', 'simple', 'simple_crlf', 'utf8'] as const

function expected(name: (typeof NAMES)[number]): Record<string, string>[] {
  const json = JSON.parse(readFileSync(join(CORPUS_DIR, 'csv-spectrum/json', `${name}.json`), 'utf8')) as Record<string, string> | Record<string, string>[]
  const records = Array.isArray(json) ? json : [json]
  if (name !== 'location_coordinates') return records
  return records.map((r) => ({ ...r, 'Contact Phone Number': adjusted('peer-expectation-disagrees-with-its-file', r['Contact Phone Number'], '2095257564') }))
}

describe.concurrent('csv-spectrum (csvs/*.csv against json/*.json)', () => {
  it.each(NAMES)('%s.csv reads as %s.json', async (name) => {
    const { table } = await corpus.read(`csv-spectrum/csvs/${name}.csv`)
    const header = headerCells(table)
    const records = dataRows(table).map((row) => Object.fromEntries(header.map((h, i) => [h, row.cells[i] ?? ''])))
    expect(records).toEqual(expected(name))
    expect(table.rows[table.headerIndex]?.rowNumber).toBe(1)
  })

  it('the _crlf files really end their lines with CRLF (as csv-spectrum’s .gitattributes checks them out)', () => {
    const bytes = readFileSync(join(CORPUS_DIR, 'csv-spectrum/csvs/newlines_crlf.csv'), 'latin1')
    expect(bytes).toContain('Once upon \r\na time')
  })
})
