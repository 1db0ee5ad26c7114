import { JobService, type JobSource, type StartedJob, type StartOptions } from '../core/jobs'
import { replayedCounts } from '../core/journal'
import type { AppLog } from '../core/log'
import type { JobView } from '../shared/jobs'
import type { Language } from '../shared/text'
import type { ImportOptions } from './args'
import { usageError, type ExitCode } from './cli-error'
import type { CliConnection } from './connection'
import { describeError } from './describe-error'
import { saveJobReport } from './failure-report'
import { counter } from './format'
import type { Translate } from './i18n'
import { onInterrupt } from './interrupt'
import { jobExitCode, jobJson } from './job-result'
import type { Output } from './output'
import { progressReporter } from './progress'
import { unsentRows, type JobToContinue } from './resume'
import { resumeCommand } from './resume-command'
import { canContinue, printSummary } from './summary'

/** Everything an upload run needs. */
export interface UploadRun {
  readonly source: JobSource
  readonly connection: CliConnection
  readonly continuing: JobToContinue | null
  readonly options: ImportOptions
  readonly stateDir: string
  readonly out: Output
  readonly t: Translate
  readonly language: Language
  readonly env: NodeJS.ProcessEnv
  readonly log: AppLog
}

/** Starts the job: new, resumed where a crash left it, or the unsent rows of a stopped one as a child job. */
async function startJob(jobs: JobService, run: UploadRun): Promise<StartedJob> {
  const { source, connection, continuing, options, out, t, language } = run
  const { of } = counter(t, language)
  const common = {
    messageLanguage: language,
    trackPendingForMs: (options.waitSeconds ?? 0) * 1000,
    ...(options.language !== null ? { language: options.language } : {})
  }
  const fresh: StartOptions = { connectionId: connection.id, ...common, ...(options.jobId !== null ? { jobId: options.jobId } : {}) }
  if (continuing === null) {
    const started = await jobs.start(source, fresh)
    out.notice(t('start-new', { rows: of('rows', started.prepared.items.length), fileName: source.fileName, connection: connection.name, target: source.target, jobId: started.jobId }))
    if (started.prepared.invalid.length > 0) out.notice(t('start-skipped', { rows: of('rows', started.prepared.invalid.length) }))
    return started
  }
  const parentJobId = continuing.state.job.jobId
  if (continuing.state.end?.status === 'finished') {
    // Finished with rows the service was still processing: ask about those again, send nothing.
    const started = await jobs.resume(parentJobId, { source, ...common, followOnly: true })
    out.notice(t('start-recheck', { jobId: parentJobId, rows: of('rows', replayedCounts(continuing.state).pending) }))
    return started
  }
  if (!continuing.state.ended) {
    const started = await jobs.resume(parentJobId, { source, ...common })
    out.notice(t('start-resume', { jobId: parentJobId }))
    return started
  }
  const child = (await jobs.list()).find((view) => view.parentJobId === parentJobId)
  if (child !== undefined) throw usageError('resume-already-continued', { jobId: parentJobId, childJobId: child.jobId })
  const only = await unsentRows(jobs, parentJobId, source.target)
  if (only.length === 0) throw usageError('job-finished', { jobId: parentJobId })
  const started = await jobs.start(source, { ...fresh, only, parentJobId })
  out.notice(t('start-continue', { parentJobId, rows: of('rows', only.length), jobId: started.jobId }))
  return started
}

/** Asks a job to stop; one that has just ended needs nothing more. */
function stopQuietly(jobs: JobService, jobId: string): void {
  try {
    jobs.cancel(jobId)
  } catch {
    // Already over: its summary follows.
  }
}

/**
 * Loads Node's HTTP client (undici loads on the first fetch, which takes tens
 * of milliseconds) without touching the network: otherwise the first burst
 * of requests leaves late while its pacing slots are already taken, and the
 * next burst, on time, lands less than the window after them.
 */
async function warmUpHttp(): Promise<void> {
  await fetch('data:,').catch(() => undefined)
}

/**
 * Runs one upload to its end: progress on stderr, Ctrl-C handling, a stop
 * when the service refuses to go on (bad key, endless "slow down"), then the
 * summary, the failure report and the --json line. Returns the exit code.
 */
export async function runUpload(run: UploadRun): Promise<ExitCode> {
  const { options, out, t, language } = run
  const progress = progressReporter(out, t, language)
  let stoppedByService = false
  const jobs: JobService = new JobService({
    stateDir: run.stateDir,
    log: run.log,
    resolveConnection: async () => ({ name: run.connection.name, connection: run.connection.connection }),
    onProgress: (view) => {
      if (view.status === 'running') progress(view)
      // The CLI never pauses by itself: a pause is the engine waiting for a person, so stop and say how to continue.
      if (view.status === 'paused' && !stoppedByService) {
        stoppedByService = true
        out.notice(t('auto-paused', { message: view.pauseMessage ?? '' }))
        queueMicrotask(() => stopQuietly(jobs, view.jobId))
      }
    }
  })
  await warmUpHttp()
  const started = await startJob(jobs, run)
  const stopListening = onInterrupt({
    first: () => {
      out.notice(t('interrupt-first'))
      stopQuietly(jobs, started.jobId)
    },
    second: () => {
      out.notice(t('interrupt-second', { command: resumeCommand(options, started.jobId) }))
      process.exit(1)
    }
  })
  let view: JobView
  try {
    view = await started.done
  } finally {
    stopListening()
  }
  return finishRun(jobs, view, run)
}

/** After the job: the summary, how to continue, the failure report, the --json line, and the exit code. */
async function finishRun(jobs: JobService, view: JobView, run: UploadRun): Promise<ExitCode> {
  const { options, out, t, language } = run
  await printSummary(out, view, jobs, t, language)
  if (canContinue(view)) out.result(t('summary-continue', { command: resumeCommand(options, view.jobId) }))
  let exitCode = jobExitCode(view)
  if (options.reportPath !== null) {
    try {
      await saveJobReport(jobs, view.jobId, options.reportPath, t, language)
      out.result(t('summary-report', { path: options.reportPath }))
    } catch (error) {
      // The run itself is over: say why the report is missing, and still give the totals.
      out.notice(describeError(error, t, language).line)
      exitCode = 1
    }
  }
  if (options.json) out.json(jobJson(view))
  return exitCode
}
