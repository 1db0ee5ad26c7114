import { assertResumable } from '../journal'
import type { JobHandle, RunJobOptions } from './job-types'
import { UploadJob } from './upload-job'

/**
 * Starts an upload job (or resumes one from its journal) and returns its
 * controls. Throws at once, before anything is sent, when the options make
 * no sense or a resume is refused (ResumeRefusedError: "The file has changed
 * since this job started").
 */
export function runJob(options: RunJobOptions): JobHandle {
  const { adapter, items, resumeFrom } = options
  if (!Number.isInteger(adapter.batchSize) || adapter.batchSize < 1) throw new Error(`Invalid batch size ${adapter.batchSize} for ${adapter.service}.`)
  const seen = new Set<number>()
  for (const item of items) {
    if (!Number.isInteger(item.index) || item.index < 0) throw new Error(`Invalid row index ${item.index}.`)
    if (seen.has(item.index)) throw new Error(`Row index ${item.index} appears twice in the job.`)
    seen.add(item.index)
  }
  if (resumeFrom !== undefined) {
    if (resumeFrom.state.job.jobId !== options.jobId) throw new Error(`The journal belongs to job ${resumeFrom.state.job.jobId}, not ${options.jobId}.`)
    assertResumable(resumeFrom.state.job, { fileFingerprint: resumeFrom.fileFingerprint, rows: items })
  }
  return new UploadJob(options)
}
