import type { JobView, JobViewStatus } from '../../../../shared/jobs'

/** Statuses of a job the core still holds open (what its running count counts): a restart now would cut it short. */
const ACTIVE: ReadonlySet<JobViewStatus> = new Set(['running', 'paused', 'cancelling'])

/** The ids of the uploads still going on, from a list of jobs (History's `jobs:list`). */
export function activeJobIds(jobs: readonly JobView[]): ReadonlySet<string> {
  return new Set(jobs.filter((job) => ACTIVE.has(job.status)).map((job) => job.jobId))
}

/** The same set after one job's progress: added while it goes on, removed once it ends. */
export function withProgress(active: ReadonlySet<string>, job: JobView): ReadonlySet<string> {
  if (ACTIVE.has(job.status) === active.has(job.jobId)) return active
  const next = new Set(active)
  if (ACTIVE.has(job.status)) next.add(job.jobId)
  else next.delete(job.jobId)
  return next
}
