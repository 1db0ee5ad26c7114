import type { SheetRow, SheetTable } from '../../shared/sheet'
import { SheetError } from './errors'

/**
 * Where a parse sends the rows of the table it is building, in batches as
 * they are read, so the parser never holds a whole large table and the
 * reader ends up with the only copy of it (see TableBuilder).
 */
export interface RowStream {
  /** The next rows of the table, in order: cleaned, not yet narrowed to the kept columns. */
  rows(batch: SheetRow[]): void
  /** Forget every row sent so far: the file is about to be read again another way. */
  restart(): void
}

/** A batch of a table's rows on its way from the parser to the reader. */
export interface RowsMessage {
  readonly kind: 'rows'
  readonly rows: SheetRow[]
}

/** The rows sent so far are void: the parser reads the file again another way. */
export interface RestartMessage {
  readonly kind: 'restart'
}

/** The messages a parser sends before its one answer. */
export type StreamMessage = RowsMessage | RestartMessage

/** True for a batch or restart message, as opposed to the parser's answer. */
export function isStreamMessage(message: unknown): message is StreamMessage {
  if (typeof message !== 'object' || message === null) return false
  const kind = (message as { kind?: unknown }).kind
  return (kind === 'rows' && Array.isArray((message as { rows?: unknown }).rows)) || kind === 'restart'
}

/** A RowStream that posts each batch as a message (a worker's port, a utility process's parent port), counting what it sent. */
export class PostedRowStream implements RowStream {
  #sent = 0

  constructor(private readonly post: (message: StreamMessage) => void) {}

  /** Rows sent since the last restart: the answer states it, so the reader can tell a batch went missing. */
  get sent(): number {
    return this.#sent
  }

  rows(batch: SheetRow[]): void {
    this.#sent += batch.length
    this.post({ kind: 'rows', rows: batch })
  }

  restart(): void {
    this.#sent = 0
    this.post({ kind: 'restart' })
  }
}

/** Each row narrowed (or padded with '') to the kept sheet columns, in place: one row's old cells become garbage as its new ones are made. */
export function narrowRows(rows: SheetRow[], keep: readonly number[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SheetRow
    rows[i] = { rowNumber: row.rowNumber, cells: keep.map((c) => row.cells[c] ?? '') }
  }
}

/**
 * The reader's side of a stream: the batches received, put back together
 * with the parser's answer (which carries the table's layout) into one
 * table.
 */
export class ReceivedRows {
  #rows: SheetRow[] = []

  /** Takes one message from the parser. */
  take(message: StreamMessage): void {
    if (message.kind === 'restart') this.#rows = []
    else for (const row of message.rows) this.#rows.push(row)
  }

  /** The whole table: the answer's layout over the `streamedRows` rows received (the answer's count; a streamed answer holds no rows itself), narrowed to its columns. */
  assemble(table: SheetTable, streamedRows: number, fileName: string): SheetTable {
    if (streamedRows === 0) return table
    const rows = this.#rows
    this.#rows = []
    if (rows.length !== streamedRows) throw new SheetError('sheet.internal', { fileName, detail: `${rows.length} of ${streamedRows} streamed rows arrived` })
    narrowRows(rows, table.sheetColumns ?? Array.from({ length: table.columnCount }, (_, c) => c))
    return { ...table, rows }
  }
}
