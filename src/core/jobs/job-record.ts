import type { JobRowState, JobRowView, RowAttempt } from '../../shared/jobs'
import { dataRowAt } from '../../shared/sheet'
import type { ReplayedJournal } from '../journal'
import type { JobHandle, JobSummary, RowRecord } from '../upload'
import type { PreparedJob } from './prepare-job'
import type { JobSnapshot } from './job-snapshot'
import { invalidReason, outcomeReason } from './row-reason'
import type { JobFacts } from './job-view'

/**
 * Everything the service holds about one job: its facts, its snapshot and
 * checks (loaded lazily for past jobs), and either a running handle, the
 * summary of the run that just ended, or the journal it was replayed from.
 */
export interface JobEntry {
  readonly facts: JobFacts
  readonly journalPath: string
  readonly snapshotPath: string
  snapshot?: JobSnapshot | null
  prepared?: PreparedJob
  handle?: JobHandle
  /** Settles once the current run is over AND its lock is released (what shutdown waits for). */
  settled?: Promise<unknown>
  summary?: JobSummary
  replayed?: ReplayedJournal
  /** When the current or last run started (epoch ms), for durations of running jobs. */
  startedAt?: number
  /** Another process (the CLI, another app) is running this job now. */
  runningElsewhere?: boolean
}

/** Where a job's row stands, with its engine record when it was part of the sending. */
export interface RowFate {
  readonly state: JobRowState
  readonly record: RowRecord | null
}

/** True once a job's run is over (its rows' states are final for this job). */
export function hasEnded(entry: JobEntry): boolean {
  if (entry.handle !== undefined) return entry.summary !== undefined
  return true
}

/** Each sent row's engine record, from the live ledger, the final summary or the journal. */
export function recordsOf(entry: JobEntry): ReadonlyMap<number, RowRecord> {
  const records = entry.summary?.rows ?? entry.handle?.rowRecords()
  if (records !== undefined) return new Map(records.map((r) => [r.index, r]))
  const map = new Map<number, RowRecord>()
  for (const row of entry.replayed?.rows.values() ?? []) {
    map.set(row.index, {
      index: row.index,
      state: row.state,
      ...(row.reasonCode !== undefined ? { reasonCode: row.reasonCode } : {}),
      ...(row.message !== undefined ? { message: row.message } : {}),
      ...(row.remoteId !== undefined ? { remoteId: row.remoteId } : {})
    })
  }
  return map
}

/** The fate of every row in the job's scope: invalid ones were never sent, the rest have engine records (or are still queued). */
export function fatesOf(entry: JobEntry, prepared: PreparedJob): Map<number, RowFate> {
  const records = recordsOf(entry)
  const invalid = new Set(prepared.invalid)
  const fates = new Map<number, RowFate>()
  for (const index of prepared.scope) {
    if (invalid.has(index)) fates.set(index, { state: 'invalid', record: null })
    else {
      const record = records.get(index) ?? null
      fates.set(index, { state: record?.state ?? 'queued', record })
    }
  }
  return fates
}

/** One row as the results grid shows it. */
export function rowView(index: number, fate: RowFate, snapshot: JobSnapshot, prepared: PreparedJob, ended: boolean, attempts: readonly RowAttempt[]): JobRowView {
  const row = dataRowAt(snapshot.table, index)
  const reason = fate.state === 'invalid' ? invalidReason(prepared.rowsWithIssues.get(index)) : fate.record === null ? null : outcomeReason(fate.record, ended)
  return {
    index,
    rowNumber: row?.rowNumber ?? 0,
    cells: row?.cells ?? [],
    state: fate.state,
    reason,
    remoteId: fate.record?.remoteId ?? null,
    attempts
  }
}
