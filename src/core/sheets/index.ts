/**
 * The spreadsheet reader: turns .xlsx/.xls/.ods/.csv/.tsv bytes into rows of
 * text with the header row found, in a resource-limited worker thread.
 * Plain Node; never imports electron.
 */
export { createSheetReader, type SheetReader, type SheetReaderOptions } from './reader'
export type { ParserProcess, SpawnParserProcess } from './parse-in-process'
export { SheetError, isSheetError, type SheetErrorCode, type SheetErrorParams } from './errors'
export { DEFAULT_SHEET_LIMITS, type SheetLimits } from './limits'
export { withHeaderAt, headerCells, dataRows } from './header-row'
export { tableRowCount } from './row-count'
