import type { ChildMemory } from '../lib/child-main'
import type { Side } from '../lib/paired-runs'

/** What a measuring child process sends back for one file; RSS at start is Node, the modules and the file bytes. */
export interface IntakeMeasurement extends ChildMemory {
  /** Sheetport's path, or SheetJS's own read. */
  readonly path: Side
  /** From the file's bytes in memory to the end of the path. */
  readonly totalMs: number
  /** Sheetport: reading in the worker (start-up and the table's trip back included); SheetJS: XLSX.read. */
  readonly readMs: number
  /** Sheetport: autoMap + applyMapping + validateRows; SheetJS: sheet_to_json. */
  readonly restMs: number
  /** Data rows (Sheetport) or arrays (SheetJS, header included) produced. */
  readonly rows: number
  /** Rows validateRows found an error in (Sheetport only; 0 means the mapping and checks worked as intended). */
  readonly rowsWithErrors: number
  /** The parsing worker's V8 heap as the parse ended (committed heap + external memory); null for SheetJS. */
  readonly workerHeapBytes: number | null
}

/** The channel the measuring worker reports its heap on (threads of one process only). */
export const WORKER_HEAP_CHANNEL = 'sheetport-bench-worker-heap'

/** The measuring worker's heap report. */
export interface WorkerHeapReport {
  readonly heapBytes: number
}

/** What figure 10's app-like child measures for one file: its main process and its parser process, each at its peak. */
export interface AppIntakeMeasurement {
  readonly startRssBytes: number
  /** The main process's RSS high-water mark, from opening the file to the upload stopped. */
  readonly mainPeakRssBytes: number
  /** The largest RSS high-water mark of the parser processes (one per read). */
  readonly parserPeakRssBytes: number
  /** The most the main process and its parsers held at the same moment: their RSS added up, sampled every 50 ms. */
  readonly togetherPeakRssBytes: number
  /** Opening: the bytes to the import session's first view (parsing included). */
  readonly readMs: number
  /** Matching the columns and checking every row. */
  readonly checkMs: number
  /** jobs:start, until it answered. */
  readonly startMs: number
  /** From the start's answer until the rows asked for were answered. */
  readonly sendMs: number
  /** Data rows the review counted, and of them ready to send. */
  readonly rows: number
  readonly ready: number
  /** Rows the service had answered (taken, done or refused) when the upload was stopped. */
  readonly answered: number
}
