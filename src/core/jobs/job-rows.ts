import type { JobRowFilter, JobRowView, ReasonGroup, RowAttempt } from '../../shared/jobs'
import { fatesOf, hasEnded, rowView, type JobEntry, type RowFate } from './job-record'
import type { JobSnapshot } from './job-snapshot'
import type { JobSource, PreparedJob } from './prepare-job'
import { groupKey, groupReasons, pageRows, type JobRowsPage } from './rows-page'
import { sameCells } from './same-cells'

/** A job with its snapshot and checks: what every question about its rows needs. */
export interface LoadedJob {
  readonly entry: JobEntry
  readonly snapshot: JobSnapshot
  readonly prepared: PreparedJob
}

/** An earlier job in a resend chain, loaded, with its rows' fates. */
export interface Ancestor extends LoadedJob {
  readonly fates: ReadonlyMap<number, RowFate>
}

/** Page options for a job's rows. */
export interface RowsQuery {
  readonly offset: number
  readonly limit: number
  readonly filter: JobRowFilter
  /** Only the rows of this reason group (a ReasonGroup's key). */
  readonly group?: string
}

const QUEUED: RowFate = { state: 'queued', record: null }

/** Every row of the job's scope as shown, without attempt history (reports, reason groups). */
function plainRows(job: LoadedJob): JobRowView[] {
  const fates = fatesOf(job.entry, job.prepared)
  const ended = hasEnded(job.entry)
  return job.prepared.scope.map((index) => rowView(index, fates.get(index) ?? QUEUED, job.snapshot, job.prepared, ended, []))
}

/** A page of a job's rows with their states, reasons and earlier attempts. */
export function rowsPage(job: LoadedJob, ancestors: readonly Ancestor[], query: RowsQuery): JobRowsPage {
  const { entry, snapshot, prepared } = job
  const fates = fatesOf(entry, prepared)
  const ended = hasEnded(entry)
  const fateOf = (index: number): RowFate => fates.get(index) ?? QUEUED
  const inGroup = (index: number): boolean => {
    const { state, reason } = rowView(index, fateOf(index), snapshot, prepared, ended, [])
    return groupKey(state, reason) === query.group
  }
  return pageRows(
    query.group === undefined ? prepared.scope : prepared.scope.filter(inGroup),
    (index) => fateOf(index).state,
    (index) => rowView(index, fateOf(index), snapshot, prepared, ended, rowAttempts(ancestors, index)),
    query
  )
}

/** The job's problems grouped by cause. */
export function jobReasons(job: LoadedJob): ReasonGroup[] {
  return groupReasons(plainRows(job))
}

/** Everything a report needs: the snapshot, and each row's state and reason. */
export function reportRowsOf(job: LoadedJob): { snapshot: JobSnapshot; rows: JobRowView[] } {
  return { snapshot: job.snapshot, rows: plainRows(job) }
}

/** Rows worth sending again: failed, unknown, and (after the job ended) never sent. */
export function resendableRows(job: LoadedJob): number[] {
  if (!hasEnded(job.entry)) return []
  const fates = fatesOf(job.entry, job.prepared)
  return job.prepared.scope.filter((index) => {
    const state = fates.get(index)?.state
    return state === 'failed' || state === 'unknown' || state === 'queued' || state === 'invalid'
  })
}

/**
 * Whether an open file holds this job's rows, so they may be fixed there
 * and sent again: the same target, sheet, header row and number of rows,
 * and every row that went through unchanged (the rows to fix may differ —
 * fixing them is the point). Password columns, which the job did not keep,
 * are not compared.
 */
export function holdsRowsOf(job: LoadedJob, source: JobSource): boolean {
  const kept = job.snapshot.table
  const open = source.table
  if (source.target !== job.snapshot.target || open.sheetName !== kept.sheetName || open.headerIndex !== kept.headerIndex || open.rows.length !== kept.rows.length) return false
  const blanked = new Set(job.snapshot.blankedColumns)
  const sameRow = (at: number): boolean => sameCells(kept.rows[at]?.cells ?? [], open.rows[at]?.cells ?? [], blanked)
  if (!sameRow(kept.headerIndex)) return false
  for (const [index, fate] of fatesOf(job.entry, job.prepared)) {
    if ((fate.state === 'accepted' || fate.state === 'pending') && !sameRow(kept.headerIndex + 1 + index)) return false
  }
  return true
}

/** A row's earlier attempts, from the jobs before this one. */
function rowAttempts(ancestors: readonly Ancestor[], index: number): RowAttempt[] {
  return ancestors.flatMap(({ entry, snapshot, prepared, fates }) => {
    const fate = fates.get(index)
    if (fate === undefined) return []
    const { reason } = rowView(index, fate, snapshot, prepared, true, [])
    return [{ jobId: entry.facts.jobId, state: fate.state, reason, at: entry.facts.createdAt }]
  })
}
