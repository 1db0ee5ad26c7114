import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { createSheetReader, DEFAULT_SHEET_LIMITS, SheetError, tableRowCount, type SheetReader, type SheetReaderOptions } from '../core/sheets'
import type { SheetTable, WorkbookInfo } from '../shared/sheet'
import { quotedNames } from '../shared/text'
import { usageError, type CliError } from './cli-error'

/** The spreadsheet as read: its file name (for messages and reports), its sheets and the chosen sheet's table. */
export interface InputSheet {
  readonly fileName: string
  readonly info: WorkbookInfo
  readonly table: SheetTable
}

const FILE_ERRORS: Readonly<Record<string, 'file-not-found' | 'file-is-folder' | 'file-not-allowed'>> = {
  ENOENT: 'file-not-found',
  ENOTDIR: 'file-not-found',
  EISDIR: 'file-is-folder',
  EACCES: 'file-not-allowed',
  EPERM: 'file-not-allowed'
}

const MB = 1024 * 1024

/** The file's bytes; a file past the size limit is refused from its size alone, before a byte of it is read. */
async function readBytes(path: string, maxFileBytes: number): Promise<Uint8Array> {
  try {
    const { size } = await stat(path)
    if (size > maxFileBytes) throw new SheetError('sheet.too-large', { fileName: basename(path), limitMb: Math.round(maxFileBytes / MB) })
    return await readFile(path)
  } catch (error) {
    if (error instanceof SheetError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw usageError(FILE_ERRORS[code] ?? 'file-unreadable', { path })
  }
}

/** A reader's refusal naming the file; an unknown sheet lists the sheets there are. */
async function sheetRefusal(error: SheetError, reader: SheetReader, bytes: Uint8Array, fileName: string): Promise<CliError | SheetError> {
  const params = { fileName, ...error.params }
  if (error.code !== 'sheet.sheet-not-found') return new SheetError(error.code, params)
  const info = await reader.inspect(bytes, fileName)
  return usageError('sheet-not-found', { ...params, sheets: quotedNames(info.sheetNames) })
}

/**
 * The refusal for a sheet with no rows under a header: when it was named
 * with --sheet and other sheets have rows, one line naming them.
 */
async function noRows(table: SheetTable, asked: boolean, reader: SheetReader, bytes: Uint8Array, fileName: string): Promise<CliError> {
  const withRows = asked ? (await reader.inspect(bytes, fileName)).sheets.filter((s) => (s.rowCount ?? 0) > 0).map((s) => s.name) : []
  if (withRows.length === 0) return usageError('no-rows', { sheetName: table.sheetName })
  return usageError('no-rows-here', { sheetName: table.sheetName, sheets: quotedNames(withRows) })
}

/**
 * What to say on stderr when the sheet read without --sheet is not the
 * workbook's first visible one: its name and the sheets passed over. Null
 * when the first sheet was read or a sheet was named.
 */
export function defaultSheetNote(input: InputSheet, asked: boolean): { sheetName: string; skipped: string } | null {
  const at = input.info.sheetNames.indexOf(input.table.sheetName)
  if (asked || at <= 0) return null
  return { sheetName: input.table.sheetName, skipped: quotedNames(input.info.sheetNames.slice(0, at)) }
}

/**
 * Reads one sheet of a spreadsheet file in the reader's worker: the named
 * one, else the one the app opens on (the first visible sheet with rows
 * under a header). Every way
 * this can fail (no such file, a folder, not a spreadsheet, a zip bomb, no
 * such sheet, no rows unless `allowEmpty`) is a one-line refusal with exit 2 (a CliError, or
 * the reader's SheetError, which describeError words).
 */
export async function readInput(path: string, sheetName: string | null, readerOptions: SheetReaderOptions = {}, allowEmpty = false): Promise<InputSheet> {
  const bytes = await readBytes(path, readerOptions.limits?.maxFileBytes ?? DEFAULT_SHEET_LIMITS.maxFileBytes)
  const fileName = basename(path)
  const reader = createSheetReader(readerOptions)
  try {
    const { info, table } = await reader.readSheet(bytes, fileName, sheetName ?? undefined)
    if (!allowEmpty && tableRowCount(table) === 0) throw await noRows(table, sheetName !== null, reader, bytes, fileName)
    return { fileName, info, table }
  } catch (error) {
    if (error instanceof SheetError) throw await sheetRefusal(error, reader, bytes, fileName)
    throw error
  } finally {
    await reader.close()
  }
}
