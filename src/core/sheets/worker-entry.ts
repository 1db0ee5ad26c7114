/**
 * The parsing worker's entry point: one job, answered with one message
 * (after its table's rows, in batches as they were read: row-stream.ts).
 * Runs as a worker thread (the job arrives as workerData; the thread then
 * ends) or as a process of its own — Electron's utilityProcess, whose
 * process.parentPort delivers the job as a message; the reader stops the
 * process once it has the answer. Bundled as out/main/sheet-worker.js; run
 * from source through tsx in tests, the CLI and the web bridge.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runParseJob, type ParseRequest } from './parse-job'
import { PostedRowStream } from './row-stream'

/** Electron's process.parentPort in a utility process. */
interface UtilityParentPort {
  once(event: 'message', listener: (event: { data: ParseRequest }) => void): void
  postMessage(message: unknown): void
}

const utilityPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort

const port = parentPort
if (port) port.postMessage(runParseJob(workerData as ParseRequest, new PostedRowStream((m) => port.postMessage(m))))
else if (utilityPort) utilityPort.once('message', (event) => utilityPort.postMessage(runParseJob(event.data, new PostedRowStream((m) => utilityPort.postMessage(m)))))
