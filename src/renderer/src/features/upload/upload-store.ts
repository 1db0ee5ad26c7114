import { create } from 'zustand'
import type { Failure } from '../../../../shared/errors'
import type { JobView } from '../../../../shared/jobs'
import { api } from '../../api'
import { laterView } from './later-view'

type Answer = { ok: true; data: JobView } | Failure

/** How many runs' last progress is remembered. */
const RECENT_RUNS = 20

interface UploadState {
  /** The job the Upload and Results steps show. */
  readonly job: JobView | null
  readonly busy: boolean
  readonly failure: Failure | null
  /** Jobs a crash or a closed app left unfinished: offered for continuing. */
  readonly interrupted: readonly JobView[]
  start(request: { sessionId: string; connectionId: string; blockDuplicates?: boolean; language?: string }): Promise<boolean>
  /** Pause, resume and stop a job (the followed one, or one opened from History). */
  pause(jobId: string): Promise<void>
  resume(jobId: string): Promise<void>
  cancel(jobId: string): Promise<void>
  /** Continues an interrupted job and shows it. */
  continueJob(jobId: string, sessionId?: string): Promise<boolean>
  /** Sends a job's failed, unknown and unsent rows again (with the open file's edits when it holds them) and follows the new job. */
  resend(jobId: string, sessionId: string | null): Promise<boolean>
  /** Asks the service again about a finished job's rows it was still processing, and follows them (nothing is sent). */
  checkAgain(jobId: string): Promise<boolean>
  /** Shows a past job (from History). */
  show(job: JobView): void
  loadInterrupted(): Promise<void>
  clear(): void
}

/**
 * The upload the screen follows. Commands go to the core; progress arrives
 * as `jobs:progress` events, which replace the shown job when it is the
 * same one, so the numbers on screen are always the engine's own.
 */
export const useUpload = create<UploadState>((set, get) => {
  /** The last progress seen of recent runs, for an answer that arrives after its job's later events. */
  const seen = new Map<string, JobView>()
  api.on.jobsProgress((view) => {
    seen.delete(view.jobId)
    seen.set(view.jobId, view)
    if (seen.size > RECENT_RUNS) seen.delete(seen.keys().next().value ?? '')
    if (get().job?.jobId === view.jobId) set({ job: view })
    if (!view.resumable) set({ interrupted: get().interrupted.filter((j) => j.jobId !== view.jobId) })
  })

  /** Starts a run (a new job, a resend, a continued job) and follows it. */
  async function run(request: () => Promise<Answer>, rerun?: string): Promise<boolean> {
    if (rerun !== undefined) seen.delete(rerun) // the events of its earlier run are not this run's
    set({ busy: true, failure: null })
    const answer = await request()
    if (!answer.ok) {
      set({ failure: answer, busy: false })
      return false
    }
    const event = seen.get(answer.data.jobId)
    set({ job: event === undefined ? answer.data : laterView(event, answer.data), busy: false })
    return true
  }
  /** A control's answer replaces the followed job only when it is about that job. */
  async function control(request: () => Promise<Answer>): Promise<void> {
    set({ busy: true, failure: null })
    const answer = await request()
    if (!answer.ok) set({ failure: answer, busy: false })
    else set(answer.data.jobId === get().job?.jobId ? { job: answer.data, busy: false } : { busy: false })
  }

  return {
    job: null,
    busy: false,
    failure: null,
    interrupted: [],
    start: (request) => run(() => api.jobs.start(request)),
    pause: (jobId) => control(() => api.jobs.pause({ jobId })),
    resume: (jobId) => control(() => api.jobs.resume({ jobId })),
    cancel: (jobId) => control(() => api.jobs.cancel({ jobId })),
    async continueJob(id, sessionId) {
      const ok = await run(() => api.jobs.continue({ jobId: id, ...(sessionId !== undefined ? { sessionId } : {}) }), id)
      if (ok) set({ interrupted: get().interrupted.filter((j) => j.jobId !== id) })
      return ok
    },
    resend: (jobId, sessionId) => run(() => api.jobs.resend({ jobId, ...(sessionId !== null ? { sessionId } : {}) })),
    checkAgain: (jobId) => run(() => api.jobs.recheck({ jobId }), jobId),
    show: (job) => set({ job, failure: null }),
    async loadInterrupted() {
      const answer = await api.jobs.list()
      if (answer.ok) set({ interrupted: answer.data.filter((j) => j.status === 'interrupted') })
    },
    clear: () => set({ job: null, failure: null, busy: false })
  }
})
