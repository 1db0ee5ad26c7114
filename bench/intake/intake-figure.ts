import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { runChild } from '../lib/child-run'
import { duration, fixed, mebibytes } from '../lib/format'
import { pairedRuns, type Pair, type Side } from '../lib/paired-runs'
import { median, medianOf } from '../lib/stats'
import type { FigureBody, ResultRow } from '../lib/types'
import { generateIntakeFiles } from './generate-files'
import type { IntakeMeasurement } from './intake-protocol'

const ROWS = 100_000
const AIM_RATIO = 1.5
const CHILD = join(__dirname, 'intake-child.ts')

type Format = 'xlsx' | 'csv'
const FORMATS: readonly Format[] = ['xlsx', 'csv']

function ratio(pair: Pair<IntakeMeasurement>): number {
  return pair.sheetport.totalMs / pair.sheetjs.totalMs
}

function rowOf(label: string, runs: readonly IntakeMeasurement[], times: string): ResultRow {
  const heaps = runs.map((r) => r.workerHeapBytes).filter((h): h is number => h !== null)
  return {
    label,
    cells: [
      duration(medianOf(runs, (r) => r.totalMs)),
      duration(medianOf(runs, (r) => r.readMs)),
      duration(medianOf(runs, (r) => r.restMs)),
      times,
      mebibytes(medianOf(runs, (r) => r.peakRssBytes)),
      mebibytes(medianOf(runs, (r) => r.startRssBytes)),
      heaps.length === 0 ? '–' : mebibytes(median(heaps))
    ]
  }
}

/**
 * Figure 4: 100,000 rows × 10 columns as .xlsx and .csv, from the file's
 * bytes to validated rows through Sheetport's path, against SheetJS's own
 * read of the same file in the same run. Every measurement runs in a fresh
 * child process, so its RSS high-water mark is its own.
 */
export async function intake(runs: number): Promise<FigureBody> {
  const files = await generateIntakeFiles(ROWS)
  let pairs: Record<Format, Pair<IntakeMeasurement>[]>
  try {
    pairs = await pairedRuns(FORMATS, runs, (side, format) => runChild<IntakeMeasurement>(CHILD, [side, files[format]]))
  } finally {
    await rm(files.dir, { recursive: true, force: true })
  }
  const ratios = { xlsx: median(pairs.xlsx.map(ratio)), csv: median(pairs.csv.map(ratio)) }
  const side = (format: Format, path: Side) => pairs[format].map((p) => p[path])
  const errors = Math.max(...FORMATS.flatMap((f) => side(f, 'sheetport').map((m) => m.rowsWithErrors)))
  const rowCounts = FORMATS.flatMap((f) => side(f, 'sheetport').map((m) => m.rows))
  const allRowsRead = rowCounts.every((n) => n === ROWS)
  const peak = (format: Format, path: Side) => mebibytes(medianOf(side(format, path), (m) => m.peakRssBytes))
  return {
    firstColumn: 'File and path',
    columns: ['total', 'read', 'map + validate (Sheetport) / sheet_to_json (SheetJS)', '× SheetJS', 'peak RSS', 'RSS at start', 'worker heap at end'],
    rows: FORMATS.flatMap((format) => [
      rowOf(`.${format}: Sheetport (worker read → autoMap → applyMapping → validateRows)`, side(format, 'sheetport'), `${fixed(ratios[format], 2)}×`),
      rowOf(`.${format}: SheetJS (XLSX.read + sheet_to_json, header: 1)`, side(format, 'sheetjs'), '1.00×')
    ]),
    headline: {
      measure: `${ROWS.toLocaleString('en')} rows × 10 columns to validated rows: time × SheetJS's own read; peak RSS`,
      sheetport: `xlsx ${fixed(ratios.xlsx, 2)}× (${peak('xlsx', 'sheetport')}), csv ${fixed(ratios.csv, 2)}× (${peak('csv', 'sheetport')})`,
      baseline: `SheetJS xlsx ${duration(medianOf(side('xlsx', 'sheetjs'), (m) => m.totalMs))} (${peak('xlsx', 'sheetjs')}), csv ${duration(medianOf(side('csv', 'sheetjs'), (m) => m.totalMs))} (${peak('csv', 'sheetjs')})`,
      aim: '≤ 1.5×',
      met: ratios.xlsx <= AIM_RATIO && ratios.csv <= AIM_RATIO && allRowsRead && errors === 0
    },
    meaning:
      `Each measurement runs in a fresh Node process, one at a time, with the file already in memory; the clock starts at the bytes and stops at the last validated row (Sheetport) or at the last array from sheet_to_json (SheetJS with its defaults). ` +
      `Sheetport's time includes starting its parsing worker (through tsx, as the CLI and the web build run it), its safety checks (zip bomb, encryption, prototype pollution), turning every cell into exact text, sending the table back, and mapping and validating all ${ROWS.toLocaleString('en')} rows ` +
      `(${allRowsRead ? 'every row read' : 'NOT every row read'}, ${errors} rows flagged, as intended). ` +
      `Ratio: Sheetport ÷ SheetJS, the median of per-run ratios (xlsx ${fixed(ratios.xlsx, 2)}×, csv ${fixed(ratios.csv, 2)}×). ` +
      `Peak RSS is the child process's high-water mark from getrusage (every thread, so the worker included); "RSS at start" is Node plus the loaded modules and the file, before the path starts. ` +
      `"Worker heap at end" is the parsing worker's own V8 heap (committed heap + external buffers) when its parse ended, sent from inside the worker; it is what the worker's heap ceiling (2 GiB) guards.`
  }
}
