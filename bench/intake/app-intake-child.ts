/**
 * Figure 10's measurement of the app's own way with a large sheet, in a
 * process of its own: `app-intake-child.ts <file>`. This process plays the
 * desktop app's main process — the file's bytes arrive whole, as over IPC;
 * an import session opens them with the default limits, matches the
 * columns, checks every row and starts an upload through the app's own
 * jobs:start handler — while each read runs in a parser process of its own,
 * as Electron's utilityProcess runs it (the same worker entry, over the
 * desktop stub's parentPort shim). The practice service runs in a third
 * process, standing in for the real one. Answers with an AppIntakeMeasurement.
 */
import { fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { jobsHandlers } from '../../src/core/app/handlers/jobs-handlers'
import { practiceId, practiceSummary, practiceTarget } from '../../src/core/connections/practice-connections'
import { ImportSessions } from '../../src/core/import/import-sessions'
import { growHeapSlowly } from '../../src/core/memory/heap-growth'
import { JobService } from '../../src/core/jobs'
import type { SavedMappingStore } from '../../src/core/mapping'
import { createSheetReader, type ParserProcess, type SpawnParserProcess } from '../../src/core/sheets'
import { answerParent, exitWithUsage } from '../lib/child-main'
import { withEmulator } from '../upload/emulator-job'
import type { AppIntakeMeasurement } from './intake-protocol'
import { INTAKE_TARGET } from './sample-sheet'

/** Electron's process.parentPort for a plain Node child: what the desktop tests' stub utilityProcess uses. */
const PARENT_PORT_SHIM = resolve(__dirname, '../../test/integration/desktop/stub-electron/parent-port.cjs')
/** Rows the service must have answered before the upload is stopped: enough to show it sends at the service's pace. */
const ROWS_TO_SEND = 5_000
const SEND_TIMEOUT_MS = 120_000

/** How often the processes' RSS is sampled to find what they held at the same moment. */
const SAMPLE_EVERY_MS = 50

/** A process's resident set now (VmRSS) or its high-water mark (VmHWM), from /proc; 0 once it is gone. */
function rssOf(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (pid === undefined) return 0
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb === undefined ? 0 : Number(kb) * 1024
  } catch {
    return 0
  }
}

/** The parser processes running now, and each one's peak RSS noted just before the reader stopped it. */
interface Parsers {
  readonly running: Set<number>
  readonly peaks: number[]
}

/** utilityProcess.fork's shape over child_process.fork, keeping track of the parsers for the measurement. */
function parserProcesses(parsers: Parsers): SpawnParserProcess {
  return (scriptPath, execArgv) => {
    const child = fork(scriptPath, [], { execArgv: [...execArgv, '--require', PARENT_PORT_SHIM], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
    if (child.pid !== undefined) parsers.running.add(child.pid)
    const port: ParserProcess = {
      postMessage: (message) => child.send(message as object),
      kill: () => {
        parsers.peaks.push(rssOf(child.pid, 'VmHWM'))
        if (child.pid !== undefined) parsers.running.delete(child.pid)
        child.kill('SIGKILL')
      },
      on: (event: 'message' | 'exit', listener: (value: never) => void) => {
        const call = listener as (value: unknown) => void
        if (event === 'message') child.on('message', (message) => call(message))
        else child.on('exit', (code, signal) => call(code ?? (signal ? 134 : 0)))
        return port
      }
    }
    return port
  }
}

/** No saved layouts: the automatic matching, as on a first import. */
const NO_SAVED_MAPPINGS: SavedMappingStore = {
  findSavedMapping: async () => null,
  saveMapping: async () => {},
  forgetMapping: async () => {}
}

/** Samples this process's RSS plus every running parser's, keeping the largest sum seen. */
function sampleTogether(parsers: Parsers): { stop(): number } {
  let most = 0
  const sample = (): void => {
    let sum = process.memoryUsage.rss()
    for (const pid of parsers.running) sum += rssOf(pid, 'VmRSS')
    most = Math.max(most, sum)
  }
  const timer = setInterval(sample, SAMPLE_EVERY_MS)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return most
    }
  }
}

async function measure(file: string): Promise<AppIntakeMeasurement> {
  // What composeCore does first in the app's main process.
  growHeapSlowly()
  const parsers: Parsers = { running: new Set(), peaks: [] }
  const together = sampleTogether(parsers)
  const imports = new ImportSessions(createSheetReader({ spawnProcess: parserProcesses(parsers) }), NO_SAVED_MAPPINGS)
  const bytes = new Uint8Array(await readFile(file))
  const startRssBytes = process.memoryUsage.rss()
  const t0 = performance.now()
  const opened = await imports.open(basename(file), bytes)
  const t1 = performance.now()
  await imports.setTarget(opened.sessionId, INTAKE_TARGET)
  const review = imports.review(opened.sessionId)
  review.checkAll()
  const summary = review.summary()
  const t2 = performance.now()
  return withEmulator({}, async (server) => {
    const stateDir = await mkdtemp(join(tmpdir(), 'sheetport-bench-excel-max-'))
    const jobs = new JobService({ stateDir, resolveConnection: async () => ({ name: practiceSummary('omnicommerce', server.baseUrls).name, connection: practiceTarget('omnicommerce', server) }) })
    try {
      const handlers = jobsHandlers({ jobs, imports, language: async () => 'en' })
      const { jobId } = await handlers['jobs:start']({ sessionId: opened.sessionId, connectionId: practiceId('omnicommerce') })
      const t3 = performance.now()
      let answered = 0
      while (answered < ROWS_TO_SEND && performance.now() - t3 < SEND_TIMEOUT_MS) {
        await new Promise((done) => setTimeout(done, 250))
        const { counts } = await jobs.view(jobId)
        // The catalog takes each batch, then processes it: taken rows are pending until it is done.
        answered = counts.accepted + counts.pending + counts.failed
      }
      const t4 = performance.now()
      jobs.cancel(jobId)
      return {
        startRssBytes,
        mainPeakRssBytes: process.resourceUsage().maxRSS * 1024,
        parserPeakRssBytes: Math.max(0, ...parsers.peaks),
        togetherPeakRssBytes: together.stop(),
        readMs: t1 - t0,
        checkMs: t2 - t1,
        startMs: t3 - t2,
        sendMs: t4 - t3,
        rows: summary.total,
        ready: summary.ready,
        answered
      }
    } finally {
      await jobs.close()
      await rm(stateDir, { recursive: true, force: true })
    }
  })
}

const USAGE = 'app-intake-child.ts <file>'
answerParent(measure(process.argv[2] ?? exitWithUsage(USAGE)))
