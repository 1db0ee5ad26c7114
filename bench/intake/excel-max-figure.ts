import { rm } from 'node:fs/promises'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { runChild } from '../lib/child-run'
import { duration, mebibytes } from '../lib/format'
import type { Side } from '../lib/paired-runs'
import type { FigureBody, ResultRow } from '../lib/types'
import type { IntakeMeasurement } from './intake-protocol'
import { generateLargeIntakeFiles } from './large-files'

/** A full Excel sheet: 1,048,576 rows, the header and 1,048,575 rows under it. */
const DATA_ROWS = 1_048_575
/** The ceiling for the app's processes together. */
const AIM_BYTES = 2 * 1024 ** 3
const CHILD = join(__dirname, 'intake-child.ts')

type Format = 'csv' | 'xlsx'
const FORMATS: readonly Format[] = ['csv', 'xlsx']

type Outcome = IntakeMeasurement | { readonly failed: string }

async function measured(side: Side, file: string): Promise<Outcome> {
  try {
    return await runChild<IntakeMeasurement>(CHILD, [side, file, 'excel-max'])
  } catch (error) {
    // SheetJS may run out of memory on a sheet this size: that is its result, not the figure's failure.
    const text = error instanceof Error ? error.message : String(error)
    return { failed: /heap out of memory|Allocation failed|code 134/i.test(text) ? 'ran out of memory' : 'failed' }
  }
}

function row(label: string, outcome: Outcome): ResultRow {
  if ('failed' in outcome) return { label, cells: [outcome.failed, '–', '–', '–'] }
  return { label, cells: [duration(outcome.totalMs), mebibytes(outcome.peakRssBytes), outcome.rows.toLocaleString('en'), String(outcome.rowsWithErrors)] }
}

function peakOf(outcome: Outcome): number {
  return 'failed' in outcome ? Number.POSITIVE_INFINITY : outcome.peakRssBytes
}

/**
 * Figure 10: a sheet as large as Excel holds (1,048,576 rows × 10 columns)
 * as .csv and as .xlsx, read, mapped and checked by Sheetport with its size
 * limits raised to fit (the defaults still refuse it), next to SheetJS
 * reading the same file. Each in a fresh process: peak RSS is its own.
 */
export async function excelMax(): Promise<FigureBody> {
  const files = await generateLargeIntakeFiles(DATA_ROWS)
  const results: Record<Format, Record<Side, Outcome>> = { csv: { sheetport: { failed: '' }, sheetjs: { failed: '' } }, xlsx: { sheetport: { failed: '' }, sheetjs: { failed: '' } } }
  const sizes: Record<Format, number> = { csv: 0, xlsx: 0 }
  try {
    for (const format of FORMATS) {
      sizes[format] = (await stat(files[format])).size
      results[format].sheetport = await measured('sheetport', files[format])
      results[format].sheetjs = await measured('sheetjs', files[format])
    }
  } finally {
    await rm(files.dir, { recursive: true, force: true })
  }
  const ours = (format: Format) => results[format].sheetport
  const allRead = FORMATS.every((f) => {
    const outcome = ours(f)
    return !('failed' in outcome) && outcome.rows === DATA_ROWS && outcome.rowsWithErrors === 0
  })
  const peakText = (outcome: Outcome) => ('failed' in outcome ? outcome.failed : mebibytes(outcome.peakRssBytes))
  const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`
  return {
    firstColumn: 'File and path',
    columns: ['read + map + check', 'peak RSS', 'rows', 'rows flagged'],
    rows: FORMATS.flatMap((format) => [
      row(`.${format} (${mb(sizes[format])}): Sheetport, limits raised (worker read → autoMap → applyMapping → validateRows)`, results[format].sheetport),
      row(`.${format}: SheetJS (XLSX.read + sheet_to_json, header: 1)`, results[format].sheetjs)
    ]),
    headline: {
      measure: `1,048,576 rows × 10 columns, .csv and .xlsx, read, mapped and checked in one process: peak RSS`,
      sheetport: `csv ${peakText(ours('csv'))}, xlsx ${peakText(ours('xlsx'))}`,
      baseline: `SheetJS csv ${peakText(results.csv.sheetjs)}, xlsx ${peakText(results.xlsx.sheetjs)}`,
      aim: '≤ 2 GiB, limits raised to match',
      met: allRead && FORMATS.every((f) => peakOf(ours(f)) <= AIM_BYTES)
    },
    meaning:
      `The files hold figure 4's ten product columns over every row an Excel sheet has (the .xlsx written with inline strings, as many exporters write it; ${mb(sizes.csv)} as .csv, ${mb(sizes.xlsx)} as .xlsx). ` +
      `Sheetport's default limits (100 MB a file, 1,000,000 rows) still refuse both; this figure raises them (512 MB, 1,048,576 rows) to show what stands between them and the aim. ` +
      `Each path runs in a fresh Node process with the file in memory; peak RSS is the process's high-water mark from getrusage, parsing worker included — one process, where the desktop app spreads the same work over its main process and a parsing process, and shows the rows in a third. ` +
      `${allRead ? 'Sheetport read and checked every row, none flagged.' : 'Sheetport did NOT read and check every row.'} ` +
      `SheetJS's rows are what its read returned: it may fail or return none for a sheet this size (its sheet XML is past V8's longest string). ` +
      `A sheet part past 256 MB is read while it inflates, so the .xlsx's XML never sits in memory whole; what remains is the table twice (the parsing worker's and the one sent back) and, for the .csv, its decoded text. ` +
      `Next: rows sent back in batches as they are read, a compact table kept packed in the main process, the .csv decoded in pieces; then the default limits rise.`
  }
}
