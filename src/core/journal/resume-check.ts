import { ResumeRefusedError } from './journal-errors'
import type { JobRecord } from './journal-records'
import { rowsDigest, type RowRef } from './rows-digest'

/**
 * Refuses to resume a job against a different file or different rows: the
 * journal's row indexes would then point at other products or customers.
 */
export function assertResumable(job: JobRecord, current: { readonly fileFingerprint: string; readonly rows: readonly RowRef[] }): void {
  if (current.fileFingerprint !== job.fileFingerprint) {
    throw new ResumeRefusedError(`The file has changed since this job started (${job.fileName}). Start a new upload instead of resuming.`)
  }
  if (current.rows.length !== job.rowCount || rowsDigest(current.rows) !== job.rowsDigest) {
    throw new ResumeRefusedError('The rows to upload are not the same as when this job started (the sheet or the mapping changed). Start a new upload instead of resuming.')
  }
}
