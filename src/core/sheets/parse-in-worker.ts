import { Worker } from 'node:worker_threads'
import { isSheetErrorCode, SheetError } from './errors'
import type { ParseRequest, ParseResponse } from './parse-job'
import type { WorkerScript } from './worker-script'

/** A running parse that can be stopped from outside (the reader's close()). */
export interface RunningParse {
  readonly result: Promise<ParseResponse & { ok: true }>
  cancel(): void
}

function isResponse(value: unknown): value is ParseResponse {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

/**
 * Runs one parse in a fresh worker thread with a heap ceiling and a
 * wall-clock limit. A fresh worker per file costs a few hundred ms but means a
 * hostile file can only ever hurt its own thread, and all its memory is
 * returned when the thread ends. The request's bytes are transferred, not
 * copied: the caller must pass a buffer it no longer needs.
 */
export function parseInWorker(req: ParseRequest, script: WorkerScript): RunningParse {
  const { fileName, limits } = req
  let stop: (error: SheetError) => void = () => {}
  const result = new Promise<ParseResponse & { ok: true }>((resolve, reject) => {
    let settled = false
    const worker = new Worker(script.path, {
      workerData: req,
      transferList: [req.bytes.buffer as ArrayBuffer],
      execArgv: [...script.execArgv],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
      stdout: false,
      stderr: false
    })
    const finish = (outcome: ParseResponse | SheetError): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      // terminate() is a no-op for a worker that already ended; an in-flight one is killed mid-parse.
      void worker.terminate()
      if (outcome instanceof SheetError) reject(outcome)
      else if (outcome.ok) resolve(outcome)
      else if (isSheetErrorCode(outcome.error.code)) reject(new SheetError(outcome.error.code, outcome.error.params))
      else reject(new SheetError('sheet.internal', { fileName }))
    }
    stop = finish
    const timer = setTimeout(() => {
      finish(new SheetError('sheet.timeout', { fileName, seconds: Math.max(1, Math.round(limits.timeoutMs / 1000)) }))
    }, limits.timeoutMs)
    worker.once('message', (message: unknown) => {
      finish(isResponse(message) ? message : new SheetError('sheet.internal', { fileName }))
    })
    worker.once('error', (err: Error & { code?: string }) => {
      const code = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'sheet.out-of-memory' : 'sheet.internal'
      finish(new SheetError(code, { fileName, ...(code === 'sheet.internal' ? { detail: err.message } : {}) }))
    })
    worker.once('exit', (exitCode) => {
      finish(new SheetError('sheet.internal', { fileName, detail: `worker exited with code ${exitCode}` }))
    })
  })
  return { result, cancel: () => stop(new SheetError('sheet.closed', { fileName })) }
}
