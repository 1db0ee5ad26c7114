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
