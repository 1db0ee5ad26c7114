import { create } from 'zustand'
import type { Failure } from '../../../../shared/errors'
import type { UpdateStatus } from '../../../../shared/updates'
import { api } from '../../api'
import { activeJobIds, withProgress } from './active-jobs'

interface UpdateState {
  readonly status: UpdateStatus
  /** Uploads still going on, so "Restart now" can wait for them. */
  readonly activeJobs: ReadonlySet<string>
  readonly restarting: boolean
  readonly failure: Failure | null
  load(): Promise<void>
  restart(): Promise<void>
}

/**
 * The app's own update as the shell shows it: the updater's status (pushed
 * as `updates:changed`) and the uploads going on (from `jobs:progress`). The
 * browser build has no updater, so its status stays idle.
 */
export const useUpdates = create<UpdateState>((set, get) => {
  api.on.updatesChanged((status) => set({ status }))
  api.on.jobsProgress((job) => set({ activeJobs: withProgress(get().activeJobs, job) }))
  return {
    status: { state: 'idle' },
    activeJobs: new Set(),
    restarting: false,
    failure: null,
    async load() {
      const [status, jobs] = await Promise.all([api.updates.status(), api.jobs.list()])
      if (status.ok) set({ status: status.data })
      if (jobs.ok) set({ activeJobs: activeJobIds(jobs.data) })
    },
    async restart() {
      set({ restarting: true, failure: null })
      const answer = await api.updates.restart()
      // On success the app quits; a refusal (an upload started meanwhile) is shown.
      if (!answer.ok) set({ restarting: false, failure: answer })
    }
  }
})
