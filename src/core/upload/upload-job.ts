import { screenRows } from './screen-rows'
import { AdaptiveRate } from './adaptive-rate'
import { systemClock } from './clock'
import { JobControl } from './job-control'
import { commitRows, type JobContext, type RowChange } from './job-context'
import type { JobHandle, JobProgress, JobStatus, JobSummary, RunJobOptions } from './job-types'
import { Pacer } from './pacer'
import { pacingFor, windowForRate, type PacingConfig } from './pacing'
import { ProgressMeter } from './progress-meter'
import { resolveUnknown } from './reconcile-rows'
import { planResume } from './resume-plan'
import { DEFAULT_RETRY_POLICY } from './retry-policy'
import { RowLedger, type RowRecord } from './row-ledger'
import { sendBatch } from './send-batch'
import type { WorkItem } from './target-adapter'
import { trackPending } from './track-pending'
import { takeBaseline } from './confirm-by-tally'
import { WorkQueue } from './work-queue'

/**
 * One upload run: builds the job's shared state, feeds batches to the
 * pacer, then reconciles and tracks what needs it, and ends with a summary
 * written to the journal. Use runJob() (job-runner.ts) to start one.
 */
export class UploadJob implements JobHandle {
  readonly jobId: string
  readonly done: Promise<JobSummary>
  readonly #options: RunJobOptions
  readonly #pacing: PacingConfig
  readonly #context: JobContext
  readonly #meter: ProgressMeter
  readonly #startedAt: number
  #finalStatus: JobSummary['status'] | undefined

  constructor(options: RunJobOptions) {
    this.jobId = options.jobId
    this.#options = options
    this.#pacing = options.pacing ?? pacingFor(options.adapter.service)
    const clock = options.clock ?? systemClock
    this.#startedAt = clock.now()
    const items = new Map<number, WorkItem>(options.items.map((item) => [item.index, item]))
    const ledger = new RowLedger(options.items.map((item) => item.index))
    const adaptive = this.#pacing.adaptive
    // The requests still to make, so the adaptive pace leaves out a probe near the end of the job.
    const remaining = (): number => {
      const counts = ledger.counts()
      return Math.ceil((counts.queued + counts.inFlight) / options.adapter.batchSize)
    }
    const adaptivePace = adaptive === undefined ? undefined : new AdaptiveRate(adaptive, Date.now(), remaining)
    const startWindow = adaptivePace === undefined ? this.#pacing : windowForRate(adaptivePace.rps)
    // The pacer reports activity before the context exists; the closure reads it late.
    const late: { context?: JobContext } = {}
    const pacer = new Pacer(startWindow, this.#pacing.concurrency, () => late.context?.changed())
    const control = new JobControl(pacer)
    const plan = options.resumeFrom === undefined ? undefined : planResume(options.resumeFrom.state, options.items.map((i) => i.index), ledger, options.adapter)
    let lastNumber = options.resumeFrom?.state.lastBatchNumber ?? 0
    const sends = new Map<number, number>()
    for (const index of options.items.map((i) => i.index)) if (options.resumeFrom?.state.rows.get(index)?.sent === true) sends.set(index, 1)
    const halt = new AbortController()
    control.stopSignal.addEventListener('abort', () => {
      if (control.stopping === 'halt') halt.abort()
    })
    this.#meter = new ProgressMeter(() => this.progress(), options.onProgress, options.progressEveryMs ?? 200)
    const context: JobContext = {
      adapter: options.adapter,
      journal: options.journal,
      ledger,
      pacer,
      control,
      work: new WorkQueue(options.followOnly === true ? [] : (plan?.fresh ?? options.items.map((i) => i.index))),
      policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      clock,
      random: options.random ?? Math.random,
      adaptivePace,
      signal: halt.signal,
      item: (index) => {
        const item = items.get(index)
        if (item === undefined) throw new Error(`Row index ${index} is not part of this job.`)
        return item
      },
      newId: (prefix) => `${prefix}${++lastNumber}`,
      sends: (index) => sends.get(index) ?? 0,
      countSend: (index) => sends.set(index, (sends.get(index) ?? 0) + 1),
      follow: { confirmed: 0 },
      changed: () => {
        control.wake.notify()
        this.#meter.touch()
      },
      ...(options.onSetback !== undefined ? { onSetback: options.onSetback } : {})
    }
    late.context = context
    this.#context = context
    if (options.signal !== undefined) {
      if (options.signal.aborted) control.stop('cancel')
      else options.signal.addEventListener('abort', () => this.cancel(), { once: true })
    }
    this.done = this.#run(options.followOnly === true ? [] : (plan?.toReconcile ?? []), plan?.nowUnknown ?? [])
  }

  pause(): void {
    this.#context.control.pause('user', 'Paused.')
  }

  resume(): void {
    this.#context.control.resume()
  }

  cancel(): void {
    this.#context.control.stop('cancel')
  }

  progress(): JobProgress {
    const { ledger, pacer, control } = this.#context
    const counts = ledger.counts()
    const status = this.#status()
    const ratePerSecond = pacer.recentRate()
    const remainingRequests = Math.ceil((counts.queued + counts.inFlight) / this.#options.adapter.batchSize)
    const pace = ratePerSecond > 0 ? ratePerSecond : pacer.nominalRate
    const etaMs = status === 'paused' ? null : remainingRequests === 0 ? 0 : Math.round((remainingRequests / pace) * 1000)
    const pause = control.pauseInfo()
    const heldUntil = pacer.heldUntil()
    const confirming = { confirmed: this.#context.follow.confirmed, of: this.#context.follow.confirmed + counts.pending }
    return {
      jobId: this.jobId,
      status,
      ...(pause !== undefined ? { pause } : {}),
      ...(heldUntil !== undefined ? { heldUntil } : {}),
      total: ledger.size,
      counts,
      sentRows: ledger.sentRows,
      requests: pacer.requests,
      ratePerSecond: Math.round(ratePerSecond * 100) / 100,
      etaMs,
      ...(confirming.of > 0 ? { confirming } : {}),
      final: this.#finalStatus !== undefined
    }
  }

  rowRecords(): readonly RowRecord[] {
    return this.#context.ledger.records()
  }

  #status(): JobStatus {
    if (this.#finalStatus !== undefined) return this.#finalStatus
    const { control } = this.#context
    if (control.stopping === 'cancel') return 'cancelling'
    if (control.stopping === 'halt') return 'halted'
    return control.paused ? 'paused' : 'running'
  }

  async #run(toReconcile: readonly number[], nowUnknown: readonly RowChange[]): Promise<JobSummary> {
    const context = this.#context
    const { control, journal, ledger, pacer } = context
    await Promise.resolve() // start after the constructor has returned the handle
    try {
      // A resumed job first settles the rows that were in flight at the crash.
      await commitRows(context, context.newId('r'), nowUnknown)
      await resolveUnknown(context, toReconcile)
      await screenRows(context)
      await takeBaseline(context, this.#options.resumeFrom?.state.tally, this.#options.earlyTally)
      await this.#sendPhase()
      if (control.stopping === undefined) await trackPending(context, this.#options.trackPendingForMs ?? 0, this.#options.pollEveryMs ?? 3000, this.#options.pollWaitCapMs)
      await this.#settleLeftovers()
    } catch (error) {
      control.stop('halt', error instanceof Error ? error.message : String(error))
    }
    const halted = control.stopping === 'halt'
    const status: JobSummary['status'] = halted ? 'halted' : control.stopping === 'cancel' ? 'cancelled' : 'finished'
    const summary: JobSummary = {
      jobId: this.jobId,
      status,
      ...(halted && control.problem !== undefined ? { problem: control.problem } : {}),
      total: ledger.size,
      counts: ledger.counts(),
      sentRows: ledger.sentRows,
      requests: pacer.requests,
      durationMs: Math.max(0, context.clock.now() - this.#startedAt),
      rows: ledger.records()
    }
    if (!halted) {
      try {
        await journal.end({ status: status === 'cancelled' ? 'cancelled' : 'finished', counts: summary.counts, requests: summary.requests, durationMs: summary.durationMs, endedAt: new Date().toISOString() })
      } catch {
        // The run is over either way; a missing 'end' only means the job is offered for resume.
      }
    }
    await journal.close().catch(() => {})
    pacer.close()
    this.#finalStatus = status
    this.#meter.finish(this.progress())
    return summary
  }

  /**
   * Feeds batches while there is work: never more than `concurrency +
   * lookahead` batches under way, so only a few intents are ever open (a
   * crash leaves little to reconcile) and memory stays flat for big files.
   */
  async #sendPhase(): Promise<void> {
    const context = this.#context
    const { control, work } = context
    const maxActive = this.#pacing.concurrency + Math.max(2, this.#pacing.intervalCap)
    const active = new Set<Promise<void>>()
    let failure: unknown
    for (;;) {
      if (control.stopping !== undefined) break
      if (control.paused || active.size >= maxActive) {
        await control.wake.wait()
        continue
      }
      const batch = work.next(this.#options.adapter.batchSize, () => context.newId('b'))
      if (batch === undefined) {
        if (active.size === 0) break
        await control.wake.wait()
        continue
      }
      const run: Promise<void> = sendBatch(context, batch)
        .catch((error: unknown) => {
          failure ??= error
          control.stop('halt', error instanceof Error ? error.message : String(error))
        })
        .finally(() => {
          active.delete(run)
          control.wake.notify()
        })
      active.add(run)
    }
    await Promise.all(active)
    if (failure !== undefined) throw failure
  }

  /** Safety net: no row may end a run 'in flight' unless the job halted (then the journal says so). */
  async #settleLeftovers(): Promise<void> {
    const context = this.#context
    const left = context.ledger.indexesIn('in-flight')
    const message = 'The upload ended before this row was confirmed; the service may or may not have applied it.'
    await commitRows(context, context.newId('r'), left.map((index) => ({ index, state: 'unknown', message })))
  }
}
