import type { ChildMemory } from '../lib/child-main'
import type { Side } from '../lib/paired-runs'

/** A report file format. */
export type ReportFileFormat = 'xlsx' | 'csv'

/** What a measuring child sends back; RSS at start includes the 50,000 rows already built in memory. */
export interface ReportMeasurement extends ChildMemory {
  /** Sheetport's buildFailureReport, or SheetJS writing the same rows plainly. */
  readonly writer: Side
  readonly format: ReportFileFormat
  readonly ms: number
  readonly bytes: number
}

/** What the child is asked for, as one command-line argument ("sheetport" "xlsx"). */
export const REPORT_FORMATS: readonly ReportFileFormat[] = ['xlsx', 'csv']
