/**
 * The parsing worker's entry point: one job per worker, received as
 * workerData, answered with one message; the thread then ends. Bundled for
 * Electron as out/main/sheet-worker.js; run from source through tsx in tests,
 * the CLI and the web bridge.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runParseJob, type ParseRequest } from './parse-job'

if (parentPort) parentPort.postMessage(runParseJob(workerData as ParseRequest))
