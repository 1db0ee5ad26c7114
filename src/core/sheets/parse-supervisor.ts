import { isSheetErrorCode, SheetError } from './errors'
import type { ParseRequest, ParseResponse } from './parse-job'
import { isStreamMessage, ReceivedRows } from './row-stream'

/** A running parse that can be stopped from outside (the reader's close()). */
export interface RunningParse {
  readonly result: Promise<ParseResponse & { ok: true }>
  cancel(): void
}

/** What a parse's isolated runner reports back to its supervisor. */
export interface ParseEvents {
  /** A message from the runner: a batch of rows (row-stream.ts), or its one answer (anything else is treated as a broken runner). */
  message(message: unknown): void
  /** The runner died before answering: out of memory, or something else. */
  died(kind: 'out-of-memory' | 'internal', detail?: string): void
}

/** Starts a runner for one request; the returned function stops it for good (a no-op once it ended). */
export type StartRunner = (events: ParseEvents) => () => void

function isResponse(value: unknown): value is ParseResponse {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

/** The answer with its table put together from the rows streamed before it. */
function withStreamedRows(response: ParseResponse & { ok: true }, received: ReceivedRows, fileName: string): ParseResponse & { ok: true } {
  if (response.streamedRows === 0) return response
  if (response.table === null) throw new SheetError('sheet.internal', { fileName, detail: 'rows streamed without a table' })
  return { ...response, table: received.assemble(response.table, response.streamedRows, fileName), streamedRows: 0 }
}

/**
 * The part of running a parse that does not depend on where it runs (a
 * worker thread, a separate process): rows streamed as they are read put
 * back into one table, one answer or one error, a
 * wall-clock limit, and the runner stopped in every case so a hostile file
 * never keeps memory or CPU after its answer.
 */
export function superviseParse(req: Pick<ParseRequest, 'fileName' | 'limits'>, start: StartRunner): RunningParse {
  const { fileName, limits } = req
  let stop: (error: SheetError) => void = () => {}
  const result = new Promise<ParseResponse & { ok: true }>((resolve, reject) => {
    let settled = false
    let halt: () => void = () => {}
    const received = new ReceivedRows()
    const finish = (outcome: ParseResponse | SheetError): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      halt()
      if (outcome instanceof SheetError) reject(outcome)
      else if (outcome.ok) {
        try {
          resolve(withStreamedRows(outcome, received, fileName))
        } catch (error) {
          reject(error instanceof SheetError ? error : new SheetError('sheet.internal', { fileName }))
        }
      }
      else if (isSheetErrorCode(outcome.error.code)) reject(new SheetError(outcome.error.code, outcome.error.params))
      else reject(new SheetError('sheet.internal', { fileName }))
    }
    stop = finish
    const timer = setTimeout(() => {
      finish(new SheetError('sheet.timeout', { fileName, seconds: Math.max(1, Math.round(limits.timeoutMs / 1000)) }))
    }, limits.timeoutMs)
    try {
      halt = start({
        message: (message) => {
          if (settled) return
          if (isStreamMessage(message)) received.take(message)
          else finish(isResponse(message) ? message : new SheetError('sheet.internal', { fileName }))
        },
        died: (kind, detail) => finish(kind === 'out-of-memory' ? new SheetError('sheet.out-of-memory', { fileName }) : new SheetError('sheet.internal', { fileName, ...(detail ? { detail } : {}) }))
      })
    } catch (error) {
      finish(new SheetError('sheet.internal', { fileName, detail: error instanceof Error ? error.message : 'the reader could not start' }))
    }
    // A runner that answered synchronously has already been told to stop by finish(); stop it now it is known.
    if (settled) halt()
  })
  return { result, cancel: () => stop(new SheetError('sheet.closed', { fileName })) }
}
