/** Uploads as jobs (app and CLI): prepare rows, run the engine, journal, snapshot, resume, resend, history. */
export { JobService, type JobServiceOptions, type ResolvedConnection, type ResumeOptions, type StartedJob, type StartOptions } from './job-service'
export type { RowsQuery } from './job-rows'
export { prepareJob, type JobSource, type PreparedJob } from './prepare-job'
export { tableFingerprint } from './table-fingerprint'
export { newJobId, JOB_ID_PATTERN } from './job-id'
export type { JobSnapshot } from './job-snapshot'
export type { JobRowsPage } from './rows-page'
export { jobFailureReport } from './job-report'
