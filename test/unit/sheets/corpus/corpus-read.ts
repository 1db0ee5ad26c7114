/**
 * Reads the peer corpus (test/fixtures/corpus) through Sheetport's own
 * reader — the same createSheetReader the app and the CLI use, worker and
 * all — and addresses cells the way the peers' tests and Excel do: by sheet
 * row number and column letter.
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { createSheetReader, type ParserProcess, type SheetReader, type SpawnParserProcess } from '../../../../src/core/sheets'
import { runParseJob, type ParseRequest } from '../../../../src/core/sheets/parse-job'
import { PostedRowStream } from '../../../../src/core/sheets/row-stream'
import { columnLetter, type SheetTable, type WorkbookInfo } from '../../../../src/shared/sheet'

export const CORPUS_DIR = join(__dirname, '../../../fixtures/corpus')

/** One sheet as Sheetport read it. */
export interface CorpusSheet {
  readonly info: WorkbookInfo
  readonly table: SheetTable
  /** The header row's sheet row number, or null for a sheet with no rows. */
  readonly headerRow: number | null
  /** The text at a cell such as 'B3' ('' for a cell Sheetport keeps no text in). */
  cell(ref: string): string
  /** Every kept row as { row number: { column letter: text } }, blanks left out. */
  grid(): Record<number, Record<string, string>>
}

export function corpusBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, path)))
}

function sheetOf(info: WorkbookInfo, table: SheetTable): CorpusSheet {
  const letters = Array.from({ length: table.columnCount }, (_, i) => columnLetter(table.sheetColumns?.[i] ?? i))
  const grid: Record<number, Record<string, string>> = {}
  for (const row of table.rows) {
    const cells: Record<string, string> = {}
    row.cells.forEach((text, i) => {
      if (text !== '') cells[letters[i] as string] = text
    })
    grid[row.rowNumber] = cells
  }
  return {
    info,
    table,
    headerRow: table.rows[table.headerIndex]?.rowNumber ?? null,
    cell(ref) {
      const match = /^([A-Z]+)(\d+)$/.exec(ref)
      if (!match) throw new Error(`not a cell reference: ${ref}`)
      return grid[Number(match[2])]?.[match[1] as string] ?? ''
    },
    grid: () => grid
  }
}

/**
 * A parser "process" that runs the worker's job (runParseJob, the whole
 * parse, its rows streamed as the worker streams them) in this thread: the
 * reader is Sheetport's own, only the isolation
 * is left out, because a fresh worker per read would make ~100 reads take
 * a minute. corpus-sources.test.ts checks it reads as the worker does.
 */
export const inThread: SpawnParserProcess = () => {
  let onMessage: ((message: unknown) => void) | undefined
  const child = {
    postMessage(message: unknown) {
      const post = (answer: unknown): void => onMessage?.(answer)
      setImmediate(() => post(runParseJob(message as ParseRequest, new PostedRowStream(post))))
    },
    kill: () => undefined,
    on(event: 'message' | 'exit', listener: (value: never) => void) {
      if (event === 'message') onMessage = listener as (message: unknown) => void
      return child
    }
  }
  return child as ParserProcess
}

/** A reader shared by one test file (in-thread unless `worker`); close it in afterAll. */
export function corpusReader(worker = false): { read(path: string, sheetName?: string): Promise<CorpusSheet>; inspect(path: string): Promise<WorkbookInfo>; close(): Promise<void> } {
  const reader: SheetReader = createSheetReader(worker ? {} : { spawnProcess: inThread })
  return {
    async read(path, sheetName) {
      const { info, table } = await reader.readSheet(corpusBytes(path), basename(path), sheetName)
      return sheetOf(info, table)
    },
    inspect: (path) => reader.inspect(corpusBytes(path), basename(path)),
    close: () => reader.close()
  }
}
