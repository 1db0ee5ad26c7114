/**
 * One intake measurement in a process of its own, so its RSS high-water mark
 * belongs to that one path and file alone: `intake-child.ts <sheetport|sheetjs> <file>`.
 * Answers with an IntakeMeasurement over the IPC channel fork() opened.
 */
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { BroadcastChannel } from 'node:worker_threads'
import * as XLSX from 'xlsx'
import { applyMapping, autoMapTable } from '../../src/core/mapping'
import { createSheetReader } from '../../src/core/sheets'
import { hasErrors, validateRows } from '../../src/core/validation'
import { answerParent, childArguments, childMemory, exitWithUsage, type ChildMemory } from '../lib/child-main'
import type { Side } from '../lib/paired-runs'
import { WORKER_HEAP_CHANNEL, type IntakeMeasurement, type WorkerHeapReport } from './intake-protocol'
import { INTAKE_TARGET } from './sample-sheet'

type Timed = Omit<IntakeMeasurement, 'path' | keyof ChildMemory | 'workerHeapBytes'>

/** How long to wait for the worker's heap report once the path has ended. */
const HEAP_REPORT_GRACE_MS = 2000

/** Listens for the measuring worker's heap report; `value()` waits a little for one that is still on its way. */
function workerHeapReport(): { value(): Promise<number | null>; close(): void } {
  const channel = new BroadcastChannel(WORKER_HEAP_CHANNEL)
  let received: number | null = null
  let arrived = (): void => {}
  channel.onmessage = (event: unknown) => {
    received = (event as { data: WorkerHeapReport }).data.heapBytes
    arrived()
  }
  return {
    value: () =>
      received !== null
        ? Promise.resolve(received)
        : new Promise((resolve) => {
            const timer = setTimeout(() => resolve(received), HEAP_REPORT_GRACE_MS)
            arrived = () => {
              clearTimeout(timer)
              resolve(received)
            }
          }),
    close: () => channel.close()
  }
}

async function sheetport(bytes: Uint8Array, fileName: string): Promise<Timed> {
  const reader = createSheetReader({ workerScript: join(__dirname, 'measured-worker.ts') })
  try {
    const startedAt = performance.now()
    const { table } = await reader.readSheet(bytes, fileName)
    const readAt = performance.now()
    const mapping = autoMapTable(table, INTAKE_TARGET)
    const rows = applyMapping(table, mapping, INTAKE_TARGET)
    const checks = validateRows(rows, INTAKE_TARGET)
    const endedAt = performance.now()
    return { totalMs: endedAt - startedAt, readMs: readAt - startedAt, restMs: endedAt - readAt, rows: checks.length, rowsWithErrors: checks.filter(hasErrors).length }
  } finally {
    await reader.close()
  }
}

function sheetjs(bytes: Uint8Array): Timed {
  const startedAt = performance.now()
  const book = XLSX.read(bytes, { type: 'buffer' })
  const readAt = performance.now()
  const first = book.SheetNames[0]
  const sheet = first === undefined ? undefined : book.Sheets[first]
  const rows = sheet === undefined ? [] : XLSX.utils.sheet_to_json(sheet, { header: 1 })
  const endedAt = performance.now()
  return { totalMs: endedAt - startedAt, readMs: readAt - startedAt, restMs: endedAt - readAt, rows: rows.length, rowsWithErrors: 0 }
}

async function measure(path: Side, file: string): Promise<IntakeMeasurement> {
  const bytes = new Uint8Array(await readFile(file))
  const report = path === 'sheetport' ? workerHeapReport() : null
  const startRssBytes = process.memoryUsage.rss()
  try {
    const timed = path === 'sheetport' ? await sheetport(bytes, basename(file)) : sheetjs(bytes)
    const workerHeapBytes = report === null ? null : await report.value()
    return { path, ...timed, ...childMemory(startRssBytes), workerHeapBytes }
  } finally {
    report?.close()
  }
}

const USAGE = 'intake-child.ts <sheetport|sheetjs> <file>'
const { choice, rest } = childArguments<Side>(['sheetport', 'sheetjs'], USAGE)
answerParent(measure(choice, rest[0] ?? exitWithUsage(USAGE)))
