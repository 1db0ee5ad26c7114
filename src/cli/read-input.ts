import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { createSheetReader, SheetError, type SheetReader, type SheetReaderOptions } from '../core/sheets'
import type { SheetTable } from '../shared/sheet'
import { usageError, type CliError } from './cli-error'

/** The spreadsheet as read: its file name (for messages and reports) and the chosen sheet's table. */
export interface InputSheet {
  readonly fileName: string
  readonly table: SheetTable
}

const FILE_ERRORS: Readonly<Record<string, 'file-not-found' | 'file-is-folder' | 'file-not-allowed'>> = {
  ENOENT: 'file-not-found',
  ENOTDIR: 'file-not-found',
  EISDIR: 'file-is-folder',
  EACCES: 'file-not-allowed',
  EPERM: 'file-not-allowed'
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw usageError(FILE_ERRORS[code] ?? 'file-unreadable', { path })
  }
}

/** A reader's refusal naming the file; an unknown sheet lists the sheets there are. */
async function sheetRefusal(error: SheetError, reader: SheetReader, bytes: Uint8Array, fileName: string): Promise<CliError | SheetError> {
  const params = { fileName, ...error.params }
  if (error.code !== 'sheet.sheet-not-found') return new SheetError(error.code, params)
  const info = await reader.inspect(bytes, fileName)
  return usageError('sheet-not-found', { ...params, sheets: info.sheetNames.map((name) => `“${name}”`).join(', ') })
}

/**
 * Reads one sheet of a spreadsheet file in the reader's worker. Every way
 * this can fail (no such file, a folder, not a spreadsheet, a zip bomb, no
 * such sheet, no rows) is a one-line refusal with exit 2 (a CliError, or
 * the reader's SheetError, which describeError words).
 */
export async function readInput(path: string, sheetName: string | null, readerOptions: SheetReaderOptions = {}): Promise<InputSheet> {
  const bytes = await readBytes(path)
  const fileName = basename(path)
  const reader = createSheetReader(readerOptions)
  try {
    const { table } = await reader.readSheet(bytes, fileName, sheetName ?? undefined)
    if (table.rows.length <= table.headerIndex + 1) throw usageError('no-rows', { sheetName: table.sheetName })
    return { fileName, table }
  } catch (error) {
    if (error instanceof SheetError) throw await sheetRefusal(error, reader, bytes, fileName)
    throw error
  } finally {
    await reader.close()
  }
}
