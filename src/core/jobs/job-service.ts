import { rm } from 'node:fs/promises'
import { AppError } from '../../shared/errors'
import type { JobRowView, JobView, ReasonGroup } from '../../shared/jobs'
import type { ReviewColumn } from '../../shared/review'
import type { Language } from '../../shared/text'
import { assertResumable, claimJob, createJournal, jobRunnerElsewhere, journalPath, listJournals, reopenJournal, replayJournal, replayedCounts, ResumeRefusedError, type JobJournal } from '../journal'
import { NO_LOG, unexpectedError, type AppLog } from '../log'
import { sheetColumns } from '../review'
import { ConnectionSetupError, createTargetAdapter, type TargetConnection } from '../targets'
import { startTallyEarly, runJob, type EarlyTally, type JobProgress, type ResumeFrom, type ServiceName, type Setback, type TargetAdapter } from '../upload'
import { entryView } from './entry-view'
import { fatesOf, type JobEntry } from './job-record'
import { newJobId, JOB_ID_PATTERN } from './job-id'
import { logJobEnd, logJobStart, logSetback } from './job-log'
import { holdsRowsOf, jobReasons, reportRowsOf, resendableRows, rowsPage, type Ancestor, type LoadedJob, type RowsQuery } from './job-rows'
import { snapshotOf, snapshotPath, type JobSnapshot } from './job-snapshot'
import { readSnapshot, writeSnapshot } from './snapshot-file'
import type { JobFacts } from './job-view'
import { loadPastEntry } from './past-entry'
import { prepareJob, type JobSource, type PreparedJob } from './prepare-job'
import type { JobRowsPage } from './rows-page'
import { tableFingerprint } from './table-fingerprint'
import type { JobServiceOptions, ResolvedConnection, ResumeOptions, StartedJob, StartOptions } from './job-service-options'
import type { SheetTable } from '../../shared/sheet'
import { mappingFitsTable } from '../mapping'
import { withHeaderAt } from '../sheets'

export type { JobServiceOptions, ResolvedConnection, ResumeOptions, StartedJob, StartOptions } from './job-service-options'

/** How far back a row's attempt history follows resends. */
const MAX_RESEND_CHAIN = 50

/** The longest a new job waits for its yardstick read to leave before preparing its rows (which holds the event loop). */
const EARLY_TALLY_WAIT_MS = 100

/**
 * Uploads as jobs, for the app and the CLI alike: prepares rows from a
 * source, journals and snapshots the job, runs the engine, and answers
 * questions about running and past jobs (views, rows, reasons, history),
 * resumes interrupted ones and resends failed rows as a child job.
 */
export class JobService {
  readonly #entries = new Map<string, JobEntry>()
  readonly #options: JobServiceOptions
  readonly #log: AppLog

  constructor(options: JobServiceOptions) {
    this.#options = options
    this.#log = options.log ?? NO_LOG
  }

  /** Starts uploading a source's valid rows; invalid ones are counted, not sent. */
  async start(source: JobSource, options: StartOptions): Promise<StartedJob> {
    const jobId = options.jobId ?? newJobId()
    if (!JOB_ID_PATTERN.test(jobId)) throw new AppError('jobs.bad-id', 'That job id is not valid.')
    const { name, connection } = await this.#resolve(options.connectionId)
    // The service's totals are read while the rows are prepared: the first create need not wait for the answer.
    const early = startTallyEarly(this.#adapter(source.target, connection, options, []))
    await early.written(EARLY_TALLY_WAIT_MS)
    const prepared = prepareJob(source, options.only === undefined ? {} : { only: options.only })
    const parentJobId = options.parentJobId ?? null
    const adapter = this.#adapter(source.target, connection, options, parentJobId === null ? [] : await this.#unknownKeys(parentJobId, prepared))
    const facts: JobFacts = {
      jobId,
      parentJobId,
      fileName: source.fileName,
      sheetName: source.table.sheetName,
      target: source.target,
      connectionId: options.connectionId,
      connectionName: name,
      createdAt: new Date().toISOString(),
      invalid: prepared.invalid.length
    }
    const snapshot = snapshotOf(source, { scope: prepared.scope, connectionName: name, parentJobId })
    const release = await this.#claim(jobId)
    const paths = { journalPath: journalPath(this.#options.stateDir, jobId), snapshotPath: snapshotPath(this.#options.stateDir, jobId) }
    const journal = await createJournal(
      this.#options.stateDir,
      {
        jobId,
        fileFingerprint: tableFingerprint(source.table),
        fileName: source.fileName,
        sheetName: source.table.sheetName,
        target: source.target,
        connectionId: options.connectionId,
        connectionName: name,
        mapping: snapshot.mapping,
        invalidRows: prepared.invalid.length,
        ...(parentJobId !== null ? { parentJobId } : {})
      },
      prepared.items
    )
    const started = this.#launch({ facts, ...paths, snapshot, prepared, startedAt: Date.now() }, { adapter, journal, options, release, earlyTally: early.result })
    // Written while the first requests go out; the running job keeps its snapshot in memory. Without the file,
    // a job cut short can still be resumed by opening the spreadsheet again.
    const written = writeSnapshot(paths.snapshotPath, snapshot).catch((error: unknown) => this.#log.write(unexpectedError('job.snapshot', error)))
    return { ...started, done: started.done.finally(() => written) }
  }

  /** Continues a job a crash, kill or halt left unfinished; `source` is needed when its snapshot left secrets out. */
  async resume(jobId: string, options: ResumeOptions & { source?: JobSource } = {}): Promise<StartedJob> {
    const entry = await this.#entry(jobId)
    if (entry.handle !== undefined && entry.summary === undefined) throw new AppError('jobs.running', 'This upload is still running.')
    const state = await replayJournal(entry.journalPath)
    if (options.followOnly === true && replayedCounts(state).pending === 0) throw new AppError('jobs.nothing-to-check', 'No rows of this upload are still being processed at the service.')
    if (state.ended && options.followOnly !== true) throw new AppError('jobs.already-finished', 'This upload already finished; there is nothing to resume.')
    const snapshot = await this.#snapshot(entry)
    const source = options.source ?? (snapshot !== null && !snapshot.secretsLeftOut ? snapshot : null)
    if (source === null) {
      throw new AppError('jobs.resume-needs-file', 'To continue this upload, open the same spreadsheet again: its passwords were not kept.')
    }
    const scope = snapshot?.scope
    const prepared = prepareJob(source, scope === undefined ? {} : { only: scope })
    try {
      assertResumable(state.job, { fileFingerprint: tableFingerprint(source.table), rows: prepared.items })
    } catch (error) {
      if (error instanceof ResumeRefusedError) throw new AppError('jobs.resume-refused', error.message)
      throw error
    }
    const { connection } = await this.#resolve(state.job.connectionId)
    const adapter = this.#adapter(source.target, connection, options, [])
    const release = await this.#claim(jobId)
    const journal = await reopenJournal(state)
    const { facts, journalPath: path, snapshotPath: snapshotFile } = entry
    const next = { facts, journalPath: path, snapshotPath: snapshotFile, snapshot, prepared, replayed: state, startedAt: Date.now() }
    return this.#launch(next, { adapter, journal, options, release, resumeFrom: { state, fileFingerprint: tableFingerprint(source.table) } })
  }

  /** Runs the engine for a job entry (new or resumed) and follows it to its end. */
  #launch(
    entry: JobEntry & { prepared: PreparedJob },
    run: { adapter: TargetAdapter; journal: JobJournal; options: { trackPendingForMs?: number; followOnly?: boolean }; release: () => Promise<void>; resumeFrom?: ResumeFrom; earlyTally?: Promise<EarlyTally | undefined> }
  ): StartedJob {
    const { jobId } = entry.facts
    this.#entries.set(jobId, entry)
    logJobStart(this.#log, entry.facts, entry.prepared.items.length, run.resumeFrom !== undefined)
    const handle = runJob({
      jobId,
      items: entry.prepared.items,
      adapter: run.adapter,
      journal: run.journal,
      ...(run.resumeFrom !== undefined ? { resumeFrom: run.resumeFrom } : {}),
      ...(run.earlyTally !== undefined ? { earlyTally: run.earlyTally } : {}),
      ...this.#engineOptions(run.adapter.service, entry, run.options)
    })
    // The job counts as done once its lock is released, so a process may exit right after.
    const done = this.#track(entry, handle).finally(() => run.release().catch(() => {}))
    entry.settled = done.catch(() => undefined)
    return { jobId, prepared: entry.prepared, done }
  }

  /** Claims a job for this process, or refuses because another one runs it. */
  async #claim(jobId: string): Promise<() => Promise<void>> {
    const release = await claimJob(this.#options.stateDir, jobId)
    if (release === false) throw new AppError('jobs.running-elsewhere', 'This upload is running in another Sheetport window or command line. Let it finish there.')
    return release
  }

  /**
   * Continues an interrupted job whose passwords were not kept, with the
   * same spreadsheet opened again: its rows come from the file, the mapping
   * from the job (a changed file is refused by the resume check).
   */
  async resumeWithFile(jobId: string, file: { fileName: string; table: SheetTable }, options: ResumeOptions = {}): Promise<StartedJob> {
    const snapshot = await this.#snapshot(await this.#entry(jobId))
    if (snapshot === null || snapshot.secretConstantsLeftOut) {
      throw new AppError('jobs.resume-refused', 'This upload can’t be continued: the settings it was started with are no longer kept. Start a new upload instead.')
    }
    const headerIndex = snapshot.table.headerIndex
    if (headerIndex >= file.table.rows.length) throw new AppError('jobs.resume-refused', 'This is not the spreadsheet the upload was started with.')
    const table = withHeaderAt(file.table, headerIndex)
    if (table.sheetName !== snapshot.table.sheetName || !mappingFitsTable(snapshot.mapping, table)) {
      throw new AppError('jobs.resume-refused', 'This is not the spreadsheet the upload was started with (its sheet or columns differ).')
    }
    return this.resume(jobId, { ...options, source: { fileName: snapshot.fileName, table, mapping: snapshot.mapping, target: snapshot.target } })
  }

  /** Pauses a running job (requests under way finish). */
  pause(jobId: string): JobView {
    return this.#control(jobId, (handle) => handle.pause())
  }

  /** Continues a paused job. */
  resumePaused(jobId: string): JobView {
    return this.#control(jobId, (handle) => handle.resume())
  }

  /** Stops sending; requests under way finish and are recorded. */
  cancel(jobId: string): JobView {
    return this.#control(jobId, (handle) => handle.cancel())
  }

  /** How many jobs are sending right now (the desktop shell keeps the machine awake and asks before closing). */
  runningCount(): number {
    let count = 0
    for (const entry of this.#entries.values()) if (entry.handle !== undefined && entry.summary === undefined) count++
    return count
  }

  /** One job's current view. */
  async view(jobId: string): Promise<JobView> {
    return entryView(await this.#checkedElsewhere(await this.#entry(jobId)))
  }

  /** Every job in the state folder, newest first (running ones included). */
  async list(): Promise<JobView[]> {
    const listings = await listJournals(this.#options.stateDir, { includeEnded: true })
    const views: JobView[] = []
    for (const listing of listings) {
      if (!listing.ok) continue
      const entry = this.#entries.get(listing.jobId) ?? (await this.#entry(listing.jobId).catch(() => null))
      if (entry !== null) views.push(entryView(await this.#checkedElsewhere(entry)))
    }
    return views.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  /** A page of a job's rows with their states and reasons. */
  async rows(jobId: string, query: RowsQuery): Promise<JobRowsPage> {
    const job = await this.#loaded(jobId)
    return rowsPage(job, await this.#ancestors(job.entry), query)
  }

  /** The job's sheet columns with what each fed, for the results grid's header. */
  async columns(jobId: string): Promise<ReviewColumn[]> {
    const { snapshot } = await this.#loaded(jobId)
    return sheetColumns(snapshot.table, snapshot.mapping)
  }

  /** Whether an open file holds this job's rows, so they may be fixed there and sent again (see holdsRowsOf). */
  async holdsRowsOf(jobId: string, source: JobSource): Promise<boolean> {
    return holdsRowsOf(await this.#loaded(jobId), source)
  }

  /** The job's problems grouped by cause. */
  async reasons(jobId: string): Promise<ReasonGroup[]> {
    return jobReasons(await this.#loaded(jobId))
  }

  /** Rows worth sending again: failed, unknown, and (after the job ended) never sent. */
  async resendable(jobId: string): Promise<number[]> {
    return resendableRows(await this.#loaded(jobId))
  }

  /** Everything a report needs: the snapshot, and each row's state and reason. */
  async reportRows(jobId: string): Promise<{ snapshot: JobSnapshot; rows: JobRowView[] }> {
    return reportRowsOf(await this.#loaded(jobId))
  }

  /** A past job's own rows as a source, to send some again without the file (refused when its passwords were left out). */
  async snapshotSource(jobId: string): Promise<JobSource> {
    const { snapshot } = await this.#loaded(jobId)
    if (snapshot.secretsLeftOut) throw new AppError('jobs.resend-needs-file', 'Open the spreadsheet again to send these rows: their passwords were not kept.')
    return snapshot
  }

  /** Deletes a job's journal and snapshot (not while it runs). */
  async delete(jobId: string): Promise<void> {
    const entry = await this.#checkedElsewhere(await this.#entry(jobId))
    if ((entry.handle !== undefined && entry.summary === undefined) || entry.runningElsewhere === true) {
      throw new AppError('jobs.running', 'This upload is still running. Stop it first.')
    }
    await rm(entry.journalPath, { force: true })
    await rm(entry.snapshotPath, { force: true })
    this.#entries.delete(jobId)
  }

  /**
   * Stops every running job and waits until each has recorded that it
   * stopped and released its lock (app shutdown, "Stop and close"), so the
   * next start finds them stopped, not crashed, and free to continue.
   */
  async close(): Promise<void> {
    const running = [...this.#entries.values()].filter((e) => e.handle !== undefined && e.summary === undefined)
    for (const entry of running) entry.handle?.cancel()
    await Promise.all(running.map((e) => e.settled))
  }

  #engineOptions(service: ServiceName, entry: JobEntry, options: { trackPendingForMs?: number; followOnly?: boolean }) {
    const pacing = this.#options.pacing?.(service)
    return {
      ...(pacing !== undefined ? { pacing } : {}),
      ...(this.#options.retry !== undefined ? { retry: this.#options.retry } : {}),
      ...(this.#options.progressEveryMs !== undefined ? { progressEveryMs: this.#options.progressEveryMs } : {}),
      ...(this.#options.pollEveryMs !== undefined ? { pollEveryMs: this.#options.pollEveryMs } : {}),
      ...(this.#options.pollWaitCapMs !== undefined ? { pollWaitCapMs: this.#options.pollWaitCapMs } : {}),
      trackPendingForMs: options.trackPendingForMs ?? 0,
      followOnly: options.followOnly === true,
      onSetback: (setback: Setback) => logSetback(this.#log, entry.facts.jobId, setback),
      onProgress: (progress: JobProgress) => {
        // The final view is sent once, by #track, with the run's summary.
        if (entry.handle !== undefined && !progress.final) this.#options.onProgress?.(entryView(entry, progress))
      }
    }
  }

  #track(entry: JobEntry, handle: ReturnType<typeof runJob>): Promise<JobView> {
    entry.handle = handle
    return handle.done.then((summary) => {
      entry.summary = summary
      const view = entryView(entry)
      const { snapshot, prepared } = entry
      logJobEnd(this.#log, view, snapshot && prepared ? jobReasons({ entry, snapshot, prepared }) : [])
      this.#options.onProgress?.(view)
      return view
    }, (error: unknown) => {
      this.#log.write(unexpectedError('job.run', error))
      throw error
    })
  }

  #adapter(target: JobSource['target'], connection: TargetConnection, options: { blockDuplicates?: boolean; language?: string; messageLanguage?: Language }, unanswered: readonly string[]) {
    try {
      return createTargetAdapter(target, {
        ...connection,
        ...(options.blockDuplicates !== undefined ? { blockDuplicates: options.blockDuplicates } : {}),
        ...(options.language !== undefined && options.language !== '' ? { language: options.language } : {}),
        ...(options.messageLanguage !== undefined ? { messageLanguage: options.messageLanguage } : {}),
        ...(unanswered.length > 0 ? { previouslyUnanswered: unanswered } : {})
      })
    } catch (error) {
      if (error instanceof ConnectionSetupError) throw new AppError('jobs.connection-setup', error.message)
      throw error
    }
  }

  async #resolve(connectionId: string): Promise<ResolvedConnection> {
    return this.#options.resolveConnection(connectionId)
  }

  /** Keys of rows whose create went unanswered in the parent job, so a resend treats "already exists" as done. */
  async #unknownKeys(parentJobId: string, prepared: PreparedJob): Promise<string[]> {
    const parent = await this.#loaded(parentJobId).catch(() => null)
    if (parent === null) return []
    const fates = fatesOf(parent.entry, parent.prepared)
    const keys = new Map(prepared.items.map((item) => [item.index, item.key]))
    return [...fates].filter(([, fate]) => fate.state === 'unknown').flatMap(([index]) => keys.get(index) ?? [])
  }

  #control(jobId: string, act: (handle: NonNullable<JobEntry['handle']>) => void): JobView {
    const entry = this.#entries.get(jobId)
    if (entry?.handle === undefined || entry.summary !== undefined) throw new AppError('jobs.not-running', 'This upload is not running.')
    act(entry.handle)
    return entryView(entry)
  }

  /** Notes whether a job this process is not running is being run by another process right now. */
  async #checkedElsewhere(entry: JobEntry): Promise<JobEntry> {
    if (entry.handle === undefined && entry.replayed?.ended !== true) {
      entry.runningElsewhere = (await jobRunnerElsewhere(this.#options.stateDir, entry.facts.jobId)) !== null
      // Its journal grows as the other process sends: read it again for today's counts.
      if (entry.runningElsewhere) entry.replayed = await replayJournal(entry.journalPath).catch(() => entry.replayed)
    }
    return entry
  }

  /** The entry for a job, loading a past one from its journal. */
  async #entry(jobId: string): Promise<JobEntry> {
    const known = this.#entries.get(jobId)
    if (known !== undefined) return known
    const entry = await loadPastEntry(this.#options.stateDir, jobId)
    this.#entries.set(jobId, entry)
    return entry
  }

  async #snapshot(entry: JobEntry): Promise<JobSnapshot | null> {
    if (entry.snapshot === undefined) entry.snapshot = await readSnapshot(entry.snapshotPath)
    return entry.snapshot
  }

  /** A job with its snapshot and checks, for row questions. */
  async #loaded(jobId: string): Promise<LoadedJob> {
    const entry = await this.#entry(jobId)
    const snapshot = await this.#snapshot(entry)
    if (snapshot === null) throw new AppError('jobs.rows-missing', 'The rows of this upload are no longer kept; only its totals are.')
    entry.prepared ??= prepareJob(snapshot, { only: snapshot.scope })
    return { entry, snapshot, prepared: entry.prepared }
  }

  /** The jobs this one resends rows of, oldest first, with their rows' fates. */
  async #ancestors(entry: JobEntry): Promise<Ancestor[]> {
    const chain: Ancestor[] = []
    let parentId = entry.facts.parentJobId
    while (parentId !== null && chain.length < MAX_RESEND_CHAIN) {
      const parent = await this.#loaded(parentId).catch(() => null)
      if (parent === null) break
      chain.unshift({ ...parent, fates: fatesOf(parent.entry, parent.prepared) })
      parentId = parent.entry.facts.parentJobId
    }
    return chain
  }
}
