import { AppError } from '../../../shared/errors'
import type { Language } from '../../../shared/text'
import { isFollowedAfterSending, type TargetId } from '../../../shared/targets'
import type { ImportSessions } from '../../import/import-sessions'
import { jobFailureReport, type JobService, type JobSource } from '../../jobs'
import type { Handlers } from './types'

/** How long the app keeps following what the service still processes after sending (NCLUE profiles, OMNICOMMERCE products), so rows update on screen by themselves. */
export const FOLLOW_MS = 30 * 60 * 1000

/** How long to follow a job's rows after sending: only targets the service processes after answering. */
function followFor(target: TargetId): number {
  return isFollowedAfterSending(target) ? FOLLOW_MS : 0
}

/** What the jobs channels need. */
export interface JobHandlerDeps {
  readonly jobs: JobService
  readonly imports: ImportSessions
  /** The interface language, for the outcome messages the engine records. */
  readonly language: () => Promise<Language>
}

/** The open file of an import session, as an upload source. */
function sessionSource(imports: ImportSessions, sessionId: string): JobSource {
  const session = imports.get(sessionId)
  if (session.mapping === null) throw new AppError('jobs.no-mapping', 'Choose what the rows become and match the columns first.')
  return { fileName: session.fileName, table: session.table, mapping: session.mapping, target: session.mapping.target }
}

type JobChannel = Extract<keyof Handlers, `jobs:${string}`>

/** The upload channels: start from an open file, control, watch, resend, history and reports. */
export function jobsHandlers(deps: JobHandlerDeps): Pick<Handlers, JobChannel> {
  const { jobs } = deps
  // One upload at a time per open file: a double click on Start must not send the rows twice.
  const sending = new Set<string>()
  const started = async (start: () => Promise<{ jobId: string; done: Promise<unknown> }>, sessionId?: string) => {
    if (sessionId !== undefined) {
      if (sending.has(sessionId)) throw new AppError('jobs.already-sending', 'This file is already being sent.')
      sending.add(sessionId)
    }
    const free = () => (sessionId === undefined ? undefined : sending.delete(sessionId))
    try {
      const job = await start()
      // The outcome arrives as a progress event; a failure is in the journal.
      job.done.then(free, free)
      return await jobs.view(job.jobId)
    } catch (error) {
      free()
      throw error
    }
  }
  return {
    'jobs:start': async ({ sessionId, connectionId, blockDuplicates, language }) => {
      const source = sessionSource(deps.imports, sessionId)
      const messageLanguage = await deps.language()
      return started(
        () =>
          jobs.start(source, {
            connectionId,
            messageLanguage,
            trackPendingForMs: followFor(source.target),
            ...(blockDuplicates !== undefined ? { blockDuplicates } : {}),
            ...(language !== undefined ? { language } : {})
          }),
        sessionId
      )
    },
    'jobs:pause': ({ jobId }) => jobs.pause(jobId),
    'jobs:resume': ({ jobId }) => jobs.resumePaused(jobId),
    'jobs:cancel': ({ jobId }) => jobs.cancel(jobId),
    'jobs:continue': async ({ jobId, sessionId }) => {
      const view = await jobs.view(jobId)
      const options = { messageLanguage: await deps.language(), trackPendingForMs: followFor(view.target) }
      if (sessionId === undefined) return started(() => jobs.resume(jobId, options))
      const session = deps.imports.get(sessionId)
      return started(() => jobs.resumeWithFile(jobId, { fileName: session.fileName, table: session.table }, options), sessionId)
    },
    'jobs:resend': async ({ jobId, sessionId }) => {
      const parent = await jobs.view(jobId)
      const only = await jobs.resendable(jobId)
      if (only.length === 0) throw new AppError('jobs.nothing-to-resend', 'There are no rows left to send again in this upload.')
      const source = sessionId === undefined ? await jobs.snapshotSource(jobId) : sessionSource(deps.imports, sessionId)
      if (source.target !== parent.target) throw new AppError('jobs.resend-target-changed', 'The open file now goes somewhere else. Send the rows again from the upload’s own file.')
      if (sessionId !== undefined && !(await jobs.holdsRowsOf(jobId, source))) {
        throw new AppError('jobs.resend-other-file', 'The open file does not hold this upload’s rows. Open the upload’s own file to send its rows again.')
      }
      const messageLanguage = await deps.language()
      return started(
        () =>
          jobs.start(source, {
            connectionId: parent.connectionId,
            only,
            parentJobId: jobId,
            messageLanguage,
            trackPendingForMs: followFor(source.target)
          }),
        sessionId
      )
    },
    'jobs:recheck': async ({ jobId }) => started(async () => jobs.resume(jobId, { messageLanguage: await deps.language(), trackPendingForMs: FOLLOW_MS, followOnly: true })),
    'jobs:get': ({ jobId }) => jobs.view(jobId),
    'jobs:list': () => jobs.list(),
    'jobs:rows': ({ jobId, offset, limit, filter, group }) => jobs.rows(jobId, { offset, limit, filter, ...(group !== undefined ? { group } : {}) }),
    'jobs:reasons': ({ jobId }) => jobs.reasons(jobId),
    'jobs:columns': ({ jobId }) => jobs.columns(jobId),
    'jobs:holds-rows': ({ jobId, sessionId }) => jobs.holdsRowsOf(jobId, sessionSource(deps.imports, sessionId)),
    'jobs:report': ({ jobId, format, language }) => jobFailureReport(jobs, jobId, format, language),
    'jobs:delete': async ({ jobId }) => {
      await jobs.delete(jobId)
      return null
    }
  }
}
