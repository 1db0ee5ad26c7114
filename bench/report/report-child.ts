/**
 * One report measurement in a process of its own: `report-child.ts <sheetport|sheetjs> <xlsx|csv>`.
 * Builds the 50,000 rows first (not timed), then times writing the file's bytes.
 */
import { performance } from 'node:perf_hooks'
import * as XLSX from 'xlsx'
import { buildFailureReport, type FailureReportInput } from '../../src/core/report'
import { answerParent, childArguments, childMemory, exitWithUsage } from '../lib/child-main'
import type { Side } from '../lib/paired-runs'
import { REPORT_FORMATS, type ReportFileFormat, type ReportMeasurement } from './report-protocol'
import { reportInput } from './report-rows'

const ROWS = 50_000

/** The same rows SheetJS's plain way: an array of arrays to a sheet to a file, no escaping, no text formats. */
function plainSheetJs(input: FailureReportInput): Uint8Array {
  const data = [
    [...input.headers, 'Sheetport 원본 시트', 'Sheetport 원본 행', 'Sheetport 상태', 'Sheetport 사유'],
    ...input.rows.map((r) => [...r.cells, input.sheetName, r.rowNumber, '실패', r.reason])
  ]
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), input.sheetName)
  const out: unknown = XLSX.write(book, { type: 'array', bookType: input.format, compression: true })
  return typeof out === 'string' ? new TextEncoder().encode(out) : new Uint8Array(out as ArrayBuffer)
}

async function measure(writer: Side, format: ReportFileFormat): Promise<ReportMeasurement> {
  const input = reportInput(ROWS, format)
  const startRssBytes = process.memoryUsage.rss()
  const startedAt = performance.now()
  const bytes = writer === 'sheetport' ? buildFailureReport(input).bytes : plainSheetJs(input)
  const ms = performance.now() - startedAt
  return { writer, format, ms, bytes: bytes.length, ...childMemory(startRssBytes) }
}

const USAGE = 'report-child.ts <sheetport|sheetjs> <xlsx|csv>'
const { choice, rest } = childArguments<Side>(['sheetport', 'sheetjs'], USAGE)
answerParent(measure(choice, REPORT_FORMATS.find((f) => f === rest[0]) ?? exitWithUsage(USAGE)))
