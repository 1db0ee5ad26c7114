import { create } from 'zustand'
import type { Failure } from '../../../../shared/errors'
import type { JobView } from '../../../../shared/jobs'
import { api } from '../../api'

interface HistoryState {
  /** Every job, newest first; null until first loaded. */
  readonly jobs: readonly JobView[] | null
  /** The job opened to see its rows, or null for the list. */
  readonly openedId: string | null
  /** The job whose deletion is being confirmed. */
  readonly confirmingDelete: string | null
  /** What just happened, for the screen to say (and screen readers to hear). */
  readonly notice: { readonly kind: 'deleted'; readonly fileName: string } | null
  readonly failure: Failure | null
  load(): Promise<void>
  open(jobId: string | null): void
  askDelete(jobId: string | null): void
  remove(job: JobView): Promise<void>
}

/**
 * The History screen's view state: the jobs the core keeps (journals and
 * row snapshots, the CLI's included), kept current by progress events, and
 * which one is open or being deleted.
 */
export const useHistory = create<HistoryState>((set, get) => {
  api.on.jobsProgress((view) => {
    const jobs = get().jobs
    if (jobs === null) return
    if (jobs.some((job) => job.jobId === view.jobId)) set({ jobs: jobs.map((job) => (job.jobId === view.jobId ? view : job)) })
    else set({ jobs: [view, ...jobs] })
  })

  return {
    jobs: null,
    openedId: null,
    confirmingDelete: null,
    notice: null,
    failure: null,
    async load() {
      const answer = await api.jobs.list()
      set(answer.ok ? { jobs: answer.data, failure: null } : { failure: answer })
    },
    open: (jobId) => set({ openedId: jobId, confirmingDelete: null, notice: null, failure: null }),
    askDelete: (jobId) => set({ confirmingDelete: jobId, notice: null }),
    async remove(job) {
      const answer = await api.jobs.delete({ jobId: job.jobId })
      if (!answer.ok) return void set({ failure: answer, confirmingDelete: null })
      set({
        jobs: (get().jobs ?? []).filter((j) => j.jobId !== job.jobId),
        openedId: get().openedId === job.jobId ? null : get().openedId,
        confirmingDelete: null,
        notice: { kind: 'deleted', fileName: job.fileName },
        failure: null
      })
    }
  }
})
