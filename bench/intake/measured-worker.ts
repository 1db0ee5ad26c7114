/**
 * The spreadsheet worker as Sheetport runs it (src/core/sheets/worker-entry.ts:
 * one runParseJob, its rows streamed, then one answer), plus one measurement: the
 * worker's V8 heap as the parse ends, posted on a BroadcastChannel before the
 * answer (the reader ends the thread once it has the answer).
 */
import { getHeapStatistics } from 'node:v8'
import { BroadcastChannel, parentPort, workerData } from 'node:worker_threads'
import { runParseJob, type ParseRequest } from '../../src/core/sheets/parse-job'
import { PostedRowStream } from '../../src/core/sheets/row-stream'
import { WORKER_HEAP_CHANNEL, type WorkerHeapReport } from './intake-protocol'

const port = parentPort
if (port) {
  const response = runParseJob(workerData as ParseRequest, new PostedRowStream((m) => port.postMessage(m)))
  const heap = getHeapStatistics()
  const channel = new BroadcastChannel(WORKER_HEAP_CHANNEL)
  const report: WorkerHeapReport = { heapBytes: heap.total_heap_size + heap.external_memory }
  channel.postMessage(report)
  channel.close()
  port.postMessage(response)
}
