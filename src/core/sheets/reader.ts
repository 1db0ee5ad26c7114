import type { SheetTable, WorkbookInfo } from '../../shared/sheet'
import { restoreReportTable } from '../report/restore-report'
import { SheetError } from './errors'
import { resolveLimits, type SheetLimits } from './limits'
import type { ParseRequest } from './parse-job'
import { parseInWorker, type RunningParse } from './parse-in-worker'
import { parseInProcess, type SpawnParserProcess } from './parse-in-process'
import { precheck } from './precheck'
import { resolveWorkerScript } from './worker-script'

/** How to build a reader: which worker file to run, and limits that differ from the defaults. */
export interface SheetReaderOptions {
  /**
   * Path of the worker script. Defaults to worker-entry next to this module
   * (.ts from source, run through tsx); the Electron main process passes
   * `join(__dirname, 'sheet-worker.js')`.
   */
  readonly workerScript?: string
  readonly limits?: Partial<SheetLimits>
  /**
   * Parse in a separate process started this way instead of a worker
   * thread (the desktop app passes Electron's utilityProcess, so parsing
   * never shares the app's V8 memory cage).
   */
  readonly spawnProcess?: SpawnParserProcess
}

/** Reads spreadsheets safely: cheap refusals here, all parsing in a disposable worker. */
export interface SheetReader {
  /** Format, encoding, visible sheets (a workbook's with their row counts) and fingerprint, building no table. */
  inspect(bytes: Uint8Array, fileName: string): Promise<WorkbookInfo>
  /** Reads one sheet (by default the first visible one with rows under a header) into a table with its header row found. */
  readSheet(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<{ info: WorkbookInfo; table: SheetTable }>
  /** Stops every read in progress (they reject with 'sheet.closed') and refuses new ones. */
  close(): Promise<void>
}

/**
 * Creates a reader. Each call parses in its own worker thread (or process) with a heap
 * ceiling and a time limit; sizes, magic bytes and zip directories are checked
 * first in the calling thread so an obviously bad file never costs a worker.
 */
export function createSheetReader(options: SheetReaderOptions = {}): SheetReader {
  const limits = resolveLimits(options.limits)
  const script = resolveWorkerScript(options.workerScript)
  const parse = options.spawnProcess ? parseInProcess(options.spawnProcess) : parseInWorker
  const running = new Set<RunningParse>()
  let closed = false

  async function run(op: ParseRequest['op'], bytes: Uint8Array, fileName: string, sheetName?: string) {
    if (closed) throw new SheetError('sheet.closed', { fileName })
    try {
      precheck(bytes, limits)
    } catch (err) {
      if (err instanceof SheetError) throw new SheetError(err.code, { ...err.params, fileName })
      throw err
    }
    // A worker thread gets a private copy, whose buffer is transferred, and the caller keeps theirs; a process gets a copy of the message anyway.
    const own = options.spawnProcess ? bytes : new Uint8Array(bytes)
    const job = parse({ op, bytes: own, fileName, sheetName, limits }, script)
    running.add(job)
    try {
      return await job.result
    } finally {
      running.delete(job)
    }
  }

  return {
    async inspect(bytes, fileName) {
      return (await run('inspect', bytes, fileName)).info
    },
    async readSheet(bytes, fileName, sheetName) {
      const { info, table } = await run('read', bytes, fileName, sheetName)
      if (!table) throw new SheetError('sheet.internal', { fileName })
      // A Sheetport failure report dropped back in: its own header row, and the original values.
      return { info, table: restoreReportTable(table) }
    },
    async close() {
      closed = true
      const jobs = [...running]
      for (const job of jobs) job.cancel()
      await Promise.allSettled(jobs.map((job) => job.result))
    }
  }
}
