import type { JobService } from '../core/jobs'
import { tableFingerprint } from '../core/jobs'
import { journalPath, replayedCounts, replayJournal, type ReplayedJournal } from '../core/journal'
import { mappingFitsTable } from '../core/mapping'
import { withHeaderAt } from '../core/sheets'
import type { JobRowState } from '../shared/jobs'
import { columnMappingSchema } from '../shared/mapping-schema'
import { isTargetId, type TargetId } from '../shared/targets'
import { usageError } from './cli-error'
import type { MappedTable } from './mapping-file'
import type { InputSheet } from './read-input'

/** A job to continue, as its journal left it. */
export interface JobToContinue {
  readonly state: ReplayedJournal
  readonly target: TargetId
}

/** Reads a job's journal for --resume: a missing job or a damaged record is a refusal (exit 2). */
export async function readJobToContinue(stateDir: string, jobId: string, askedTarget: TargetId | null): Promise<JobToContinue> {
  let state: ReplayedJournal
  try {
    state = await replayJournal(journalPath(stateDir, jobId))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw usageError('job-not-found', { jobId, stateDir })
    throw usageError('job-damaged', { jobId })
  }
  const target = state.job.target
  if (!isTargetId(target)) throw usageError('job-damaged', { jobId })
  if (askedTarget !== null && askedTarget !== target) throw usageError('resume-target-mismatch', { jobId, jobTarget: target, target: askedTarget })
  if (state.ended && state.end?.status !== 'cancelled' && replayedCounts(state).pending === 0) throw usageError('job-finished', { jobId })
  return { state, target }
}

/**
 * The file given to --resume, with the job's own mapping (from its
 * journal) on the job's header row; refused (exit 2) unless the data is
 * exactly what the job started with.
 */
export function continuedInput(job: JobToContinue, input: InputSheet): MappedTable {
  const record = job.state.job
  const changed = usageError('resume-file-changed', { jobId: record.jobId, fileName: record.fileName, sheetName: record.sheetName })
  const parsed = columnMappingSchema.safeParse(record.mapping)
  if (!parsed.success) throw usageError('job-damaged', { jobId: record.jobId })
  const mapping = parsed.data
  if (mapping.headerIndex >= input.table.rows.length) throw changed
  const table = withHeaderAt(input.table, mapping.headerIndex)
  if (!mappingFitsTable(mapping, table) || tableFingerprint(table) !== record.fileFingerprint) throw changed
  return { table, mapping }
}

/**
 * Rows a stopped (cancelled) job left to do: never sent, and — except for
 * NCLUE, whose creates can't be reconciled by a new job — unknown ones
 * (products are upserts; OCC treats "email already used" as done for them).
 */
export async function unsentRows(jobs: JobService, jobId: string, target: TargetId): Promise<number[]> {
  const states: JobRowState[] = target === 'intents:create' ? ['queued'] : ['queued', 'unknown']
  const pages = await Promise.all(states.map((filter) => jobs.rows(jobId, { offset: 0, limit: Number.MAX_SAFE_INTEGER, filter })))
  return pages.flatMap((page) => page.rows.map((row) => row.index)).sort((a, b) => a - b)
}
