import { create } from 'zustand'
import type { Failure } from '../../../../shared/errors'
import type { JobView } from '../../../../shared/jobs'
import { api } from '../../api'

type Answer = { ok: true; data: JobView } | Failure

interface UploadState {
  /** The job the Upload and Results steps show. */
  readonly job: JobView | null
  readonly busy: boolean
  readonly failure: Failure | null
  /** Jobs a crash or a closed app left unfinished: offered for continuing. */
  readonly interrupted: readonly JobView[]
  start(request: { sessionId: string; connectionId: string; blockDuplicates?: boolean; language?: string }): Promise<boolean>
  pause(): Promise<void>
  resume(): Promise<void>
  cancel(): Promise<void>
  /** Continues an interrupted job and shows it. */
  continueJob(jobId: string): Promise<boolean>
  /** Sends the shown job's failed, unknown and unsent rows again (with the open file's edits when it is still open). */
  resend(sessionId: string | undefined): Promise<boolean>
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
  api.on.jobsProgress((view) => {
    if (get().job?.jobId === view.jobId) set({ job: view })
    if (!view.resumable) set({ interrupted: get().interrupted.filter((j) => j.jobId !== view.jobId) })
  })

  async function run(request: () => Promise<Answer>): Promise<boolean> {
    set({ busy: true, failure: null })
    const answer = await request()
    set(answer.ok ? { job: answer.data, busy: false } : { failure: answer, busy: false })
    return answer.ok
  }
  const jobId = () => get().job?.jobId ?? ''

  return {
    job: null,
    busy: false,
    failure: null,
    interrupted: [],
    start: (request) => run(() => api.jobs.start(request)),
    pause: async () => void (await run(() => api.jobs.pause({ jobId: jobId() }))),
    resume: async () => void (await run(() => api.jobs.resume({ jobId: jobId() }))),
    cancel: async () => void (await run(() => api.jobs.cancel({ jobId: jobId() }))),
    async continueJob(id) {
      const ok = await run(() => api.jobs.continue({ jobId: id }))
      if (ok) set({ interrupted: get().interrupted.filter((j) => j.jobId !== id) })
      return ok
    },
    resend: (sessionId) => run(() => api.jobs.resend({ jobId: jobId(), ...(sessionId ? { sessionId } : {}) })),
    show: (job) => set({ job, failure: null }),
    async loadInterrupted() {
      const answer = await api.jobs.list()
      if (answer.ok) set({ interrupted: answer.data.filter((j) => j.status === 'interrupted') })
    },
    clear: () => set({ job: null, failure: null, busy: false })
  }
})
