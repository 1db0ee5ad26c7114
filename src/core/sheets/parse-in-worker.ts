import { Worker } from 'node:worker_threads'
import type { ParseRequest } from './parse-job'
import { superviseParse, type RunningParse } from './parse-supervisor'
import type { WorkerScript } from './worker-script'

export type { RunningParse } from './parse-supervisor'

/**
 * Runs one parse in a fresh worker thread with a heap ceiling and a
 * wall-clock limit. A fresh worker per file costs a few hundred ms but means a
 * hostile file can only ever hurt its own thread, and all its memory is
 * returned when the thread ends. The request's bytes are transferred, not
 * copied: the caller must pass a buffer it no longer needs. (Inside Electron
 * a thread shares the app's 4 GB V8 memory cage; the desktop app therefore
 * parses in a separate process instead: parse-in-process.ts.)
 */
export function parseInWorker(req: ParseRequest, script: WorkerScript): RunningParse {
  return superviseParse(req, (events) => {
    const worker = new Worker(script.path, {
      workerData: req,
      transferList: [req.bytes.buffer as ArrayBuffer],
      execArgv: [...script.execArgv],
      resourceLimits: { maxOldGenerationSizeMb: req.limits.maxOldGenerationSizeMb },
      stdout: false,
      stderr: false
    })
    worker.on('message', events.message)
    worker.once('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') events.died('out-of-memory')
      else events.died('internal', err.message)
    })
    worker.once('exit', (exitCode) => events.died('internal', `worker exited with code ${exitCode}`))
    // terminate() is a no-op for a worker that already ended; an in-flight one is killed mid-parse.
    return () => void worker.terminate()
  })
}
