/**
 * Files from Papa Parse's test suite (mholt/PapaParse, MIT), asserting what
 * tests/node-tests.js asserts, as Sheetport reads them. Sources and licence:
 * test/fixtures/corpus/SOURCES.md.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { dataRows, headerCells } from '../../../../src/core/sheets'
import { corpusReader } from './corpus-read'

const corpus = corpusReader()
afterAll(() => corpus.close())

describe.concurrent('Papa Parse’s test files (tests/node-tests.js)', () => {
  it('assertLongSampleParsedCorrectly: long-sample.csv has 8 rows, the first and last as asserted', async () => {
    const { table, info } = await corpus.read('papaparse/long-sample.csv')
    // Papa: data.length 8, meta.delimiter ",", no errors.
    expect(info.format).toBe('csv')
    expect(table.rows).toHaveLength(8)
    expect(table.rows[0]?.cells).toEqual(['Grant', 'Dyer', 'Donec.elementum@orciluctuset.example', '2013-11-23T02:30:31-08:00', '2014-05-31T01:06:56-07:00', 'Magna Ut Associates', 'ljenkins'])
    expect(table.rows[7]?.cells).toEqual(['Talon', 'Salinas', 'posuere.vulputate.lacus@Donecsollicitudin.example', '2015-01-31T09:19:02-08:00', '2014-12-17T04:59:18-08:00', 'Aliquam Iaculis Incorporate', 'Phasellus@Quisquetincidunt.example'])
  })

  it('UTF-8 BOM: utf-8-bom-sample.csv with header: true gives { A: X, B: Y, C: Z }', async () => {
    const { table, info } = await corpus.read('papaparse/utf-8-bom-sample.csv')
    expect(info.encoding).toBe('utf-8')
    expect(headerCells(table)).toEqual(['A', 'B', 'C'])
    expect(dataRows(table)[0]?.cells).toEqual(['X', 'Y', 'Z'])
  })

  it('piped streaming with header: true: sample-header.csv gives { title, name } rows, an empty title kept', async () => {
    const { table } = await corpus.read('papaparse/sample-header.csv')
    expect(headerCells(table)).toEqual(['title', 'name'])
    expect(dataRows(table).map((r) => r.cells)).toEqual([
      ['test title 01', 'test name 01'],
      ['', 'test name 02']
    ])
  })
})
