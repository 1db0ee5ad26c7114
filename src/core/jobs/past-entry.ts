import { AppError } from '../../shared/errors'
import { isTargetId } from '../../shared/targets'
import { journalPath, replayJournal, type ReplayedJournal } from '../journal'
import { JOB_ID_PATTERN } from './job-id'
import type { JobEntry } from './job-record'
import { snapshotPath } from './job-snapshot'

/** The entry for a job this process is not running, from its journal; refuses ids that are not jobs and damaged records. */
export async function loadPastEntry(stateDir: string, jobId: string): Promise<JobEntry> {
  if (!JOB_ID_PATTERN.test(jobId)) throw new AppError('jobs.not-found', 'There is no upload with that id.')
  const path = journalPath(stateDir, jobId)
  let replayed: ReplayedJournal
  try {
    replayed = await replayJournal(path)
  } catch {
    throw new AppError('jobs.not-found', 'There is no upload with that id, or its record is damaged.')
  }
  const job = replayed.job
  if (!isTargetId(job.target)) throw new AppError('jobs.not-found', 'This upload’s record is damaged.')
  return {
    facts: {
      jobId,
      parentJobId: job.parentJobId ?? null,
      fileName: job.fileName,
      sheetName: job.sheetName,
      target: job.target,
      connectionId: job.connectionId,
      connectionName: job.connectionName ?? job.connectionId,
      createdAt: job.createdAt,
      invalid: job.invalidRows ?? 0
    },
    journalPath: path,
    snapshotPath: snapshotPath(stateDir, jobId),
    replayed
  }
}
