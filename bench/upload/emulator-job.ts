import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { practiceId, practiceSummary, practiceTarget } from '../../src/core/connections/practice-connections'
import { JobService, type JobServiceOptions, type JobSource } from '../../src/core/jobs'
import type { Faults, PracticeOptions, RequestLogEntry } from '../../src/core/practice/types'
import type { JobView } from '../../src/shared/jobs'
import type { ServiceId } from '../../src/shared/targets'
import { startEmulatorProcess, type BenchEmulator } from './emulator-process'

/** One upload through the JobService, and what the emulator saw of it. */
export interface EmulatorJobRun {
  readonly view: JobView
  /** From start() to the job's end: what the person at the screen waits. */
  readonly wallMs: number
  /** When start() was called, epoch ms (the request log's clock). */
  readonly startedAt: number
  /** Every request the emulator saw for the job's service, oldest first. */
  readonly requests: readonly RequestLogEntry[]
}

/** How to run one upload against its own emulator. */
export interface EmulatorJobOptions {
  readonly service: ServiceId
  readonly source: JobSource
  readonly emulator?: PracticeOptions
  readonly faults?: Faults
  /** Overrides the engine's pace (a baseline); default: the app's own pacing. */
  readonly pacing?: JobServiceOptions['pacing']
  readonly trackPendingForMs?: number
  /** Time between rounds of following what the service still processes; default the app's. */
  readonly pollEveryMs?: number
  /** The longest wait between those rounds; default the app's (pass pollEveryMs for a fixed pace). */
  readonly pollWaitCapMs?: number
  /** The service's rate limit changes this long after the job starts, to this many per rolling second. */
  readonly limitChanges?: readonly LimitChange[]
}

/** A hidden limit that moves in the middle of a job. */
export interface LimitChange {
  readonly atMs: number
  readonly rps: number
}

/**
 * Runs an emulator in its own process for `use` and always closes it, so a
 * failed run never leaves a server holding the port or the event loop.
 */
export async function withEmulator<T>(options: PracticeOptions, use: (server: BenchEmulator) => Promise<T>): Promise<T> {
  const server = await startEmulatorProcess(options)
  try {
    return await use(server)
  } finally {
    await server.close()
  }
}

/**
 * Uploads `source` the way the app does: a JobService in a fresh state
 * folder, the practice connection resolved exactly as the app's connection
 * store resolves it, the engine's default pacing unless a baseline overrides
 * it. Each run gets its own emulator, so runs side by side never share a
 * rate limit.
 */
export async function runEmulatorJob(options: EmulatorJobOptions): Promise<EmulatorJobRun> {
  return withEmulator(options.emulator ?? {}, async (server) => {
    if (options.faults !== undefined) await server.setFaults(options.service, options.faults)
    const stateDir = await mkdtemp(join(tmpdir(), 'sheetport-bench-jobs-'))
    const jobs = new JobService({
      stateDir,
      resolveConnection: async () => ({ name: practiceSummary(options.service, server.baseUrls).name, connection: practiceTarget(options.service, server) }),
      ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
      ...(options.pollEveryMs !== undefined ? { pollEveryMs: options.pollEveryMs } : {}),
      ...(options.pollWaitCapMs !== undefined ? { pollWaitCapMs: options.pollWaitCapMs } : {})
    })
    try {
      const startedAt = Date.now()
      const clock = performance.now()
      const changes = (options.limitChanges ?? []).map((change) => setTimeout(() => void server.setLimit(options.service, change.rps), change.atMs))
      const job = await jobs.start(options.source, {
        connectionId: practiceId(options.service),
        messageLanguage: 'en',
        ...(options.trackPendingForMs !== undefined ? { trackPendingForMs: options.trackPendingForMs } : {})
      })
      const view = await job.done
      changes.forEach(clearTimeout)
      const wallMs = performance.now() - clock
      return { view, wallMs, startedAt, requests: await server.requests(options.service) }
    } finally {
      await jobs.close()
      await rm(stateDir, { recursive: true, force: true })
    }
  })
}
