import { join } from 'node:path'

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

/** Journal files end with this. */
export const JOURNAL_EXTENSION = '.jsonl'

/**
 * `<stateDir>/<jobId>.jsonl`. Job ids are restricted to letters, digits, '-'
 * and '_' so an id can never point outside the state folder.
 */
export function journalPath(stateDir: string, jobId: string): string {
  if (!JOB_ID.test(jobId)) throw new Error(`Invalid job id '${jobId.slice(0, 40)}': use letters, digits, '-' and '_' only.`)
  return join(stateDir, `${jobId}${JOURNAL_EXTENSION}`)
}
