import { join } from 'node:path'
import { runChild } from '../lib/child-run'
import { duration, fixed, mebibytes } from '../lib/format'
import { pairedRuns, type Side } from '../lib/paired-runs'
import { median, medianOf } from '../lib/stats'
import type { FigureBody, ResultRow } from '../lib/types'
import { REPORT_FORMATS, type ReportFileFormat, type ReportMeasurement } from './report-protocol'

const ROWS = 50_000
const CHILD = join(__dirname, 'report-child.ts')

function rowOf(label: string, runs: readonly ReportMeasurement[], times: string): ResultRow {
  return {
    label,
    cells: [duration(medianOf(runs, (r) => r.ms)), times, mebibytes(medianOf(runs, (r) => r.peakRssBytes)), mebibytes(medianOf(runs, (r) => r.startRssBytes)), mebibytes(medianOf(runs, (r) => r.bytes))]
  }
}

/**
 * Figure 5: building a 50,000-row failure report as .xlsx and .csv (time
 * and peak memory), next to SheetJS writing the same rows plainly. Each
 * measurement runs in a fresh child process, one after another.
 */
export async function reportExport(runs: number): Promise<FigureBody> {
  const pairs = await pairedRuns(REPORT_FORMATS, runs, (side, format) => runChild<ReportMeasurement>(CHILD, [side, format]))
  const ratio = (format: ReportFileFormat) => median(pairs[format].map((p) => p.sheetport.ms / p.sheetjs.ms))
  const side = (format: ReportFileFormat, writer: Side) => pairs[format].map((p) => p[writer])
  const summary = (format: ReportFileFormat, writer: Side) =>
    `${format} ${duration(medianOf(side(format, writer), (m) => m.ms))} (${mebibytes(medianOf(side(format, writer), (m) => m.peakRssBytes))})`
  return {
    firstColumn: 'Format and writer',
    columns: ['time', '× SheetJS', 'peak RSS', 'RSS at start', 'file size'],
    rows: REPORT_FORMATS.flatMap((format) => [
      rowOf(`.${format}: Sheetport buildFailureReport`, side(format, 'sheetport'), `${fixed(ratio(format), 2)}×`),
      rowOf(`.${format}: SheetJS, the same rows plainly (aoa_to_sheet + write)`, side(format, 'sheetjs'), '1.00×')
    ]),
    headline: {
      measure: `${ROWS.toLocaleString('en')}-row failure report: time (peak RSS)`,
      sheetport: REPORT_FORMATS.map((f) => summary(f, 'sheetport')).join(', '),
      baseline: `SheetJS ${REPORT_FORMATS.map((f) => summary(f, 'sheetjs')).join(', ')}`,
      aim: 'none set',
      met: null
    },
    meaning:
      `Time is from the report's rows in memory to the file's bytes (buildFailureReport: grid with formula escaping and blanked password columns, then the .xlsx or .csv writer); writing to disk is not included. ` +
      `The baseline hands the same 50,000 rows of 14 columns to SheetJS as one array of arrays and writes it with its defaults: no formula escaping, no text format on the source columns, no column widths. ` +
      `Peak RSS is the child process's high-water mark; "RSS at start" already holds the 50,000 input rows. ` +
      `Sheetport's .xlsx took ${fixed(ratio('xlsx'), 2)}× SheetJS's plain write and its .csv ${fixed(ratio('csv'), 2)}×.`
  }
}
