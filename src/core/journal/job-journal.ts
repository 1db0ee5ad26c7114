import { mkdir } from 'node:fs/promises'
import { DurableAppendFile } from './durable-append-file'
import type { EndSummary, JobRecord, JournalOutcome, StepRecord, TallyRecord } from './journal-records'
import { journalPath } from './journal-path'
import { rowsDigest, type RowRef } from './rows-digest'

/** The job facts the caller supplies; none of them may be a secret. */
export interface JobInput {
  readonly jobId: string
  readonly fileFingerprint: string
  readonly fileName: string
  readonly sheetName: string
  /** e.g. 'products:create', 'customers:create', 'intents:create'. */
  readonly target: string
  readonly connectionId: string
  /** The column mapping, opaque JSON (column choices and constants, never credentials). */
  readonly mapping: unknown
  readonly parentJobId?: string
  readonly connectionName?: string
  readonly invalidRows?: number
}

/**
 * The write side of a job's journal, as the upload engine uses it. Each
 * method resolves once its line is fsync'd. By design nothing here accepts
 * a row payload: only indexes, states and short secret-free texts.
 */
export interface JobJournal {
  readonly jobId: string
  readonly path: string
  /** About to send these rows (written before the request may start). */
  intent(batchId: string, attempt: number, indexes: readonly number[]): Promise<void>
  /** What became of rows of a batch (or of a reconciliation). */
  outcome(batchId: string, outcomes: readonly JournalOutcome[]): Promise<void>
  /** Status changes of pending async rows (polling). */
  status(outcomes: readonly JournalOutcome[]): Promise<void>
  /** The service's totals before anything was sent, the yardstick for confirming rows together later (also after a resume). */
  tally(tally: TallyRecord): Promise<void>
  /** The job's last line. */
  end(summary: EndSummary): Promise<void>
  close(): Promise<void>
}

const MAX_MAPPING_CHARS = 1_000_000

/** Creates `<stateDir>/<jobId>.jsonl` with the job record; fails if that job already has a journal. */
export async function createJournal(stateDir: string, input: JobInput, rows: readonly RowRef[], now: Date = new Date()): Promise<JobJournal> {
  const path = journalPath(stateDir, input.jobId)
  const mapping: unknown = JSON.parse(JSON.stringify(input.mapping ?? null))
  if (JSON.stringify(mapping).length > MAX_MAPPING_CHARS) throw new Error('The mapping is too large to journal.')
  const record: JobRecord = {
    type: 'job',
    v: 1,
    jobId: input.jobId,
    createdAt: now.toISOString(),
    fileFingerprint: input.fileFingerprint,
    fileName: input.fileName,
    sheetName: input.sheetName,
    target: input.target,
    connectionId: input.connectionId,
    mapping,
    ...(input.parentJobId !== undefined ? { parentJobId: input.parentJobId } : {}),
    ...(input.connectionName !== undefined ? { connectionName: input.connectionName } : {}),
    ...(input.invalidRows !== undefined ? { invalidRows: input.invalidRows } : {}),
    rowCount: rows.length,
    rowsDigest: rowsDigest(rows)
  }
  await mkdir(stateDir, { recursive: true, mode: 0o700 })
  const file = await DurableAppendFile.create(path)
  try {
    await file.append(line(record))
  } catch (error) {
    await file.close().catch(() => {})
    throw error
  }
  return new FileJobJournal(input.jobId, file)
}

/**
 * Reopens a replayed journal to continue the job: cuts off a torn last line
 * (so the next line is not glued to it) and records the resume.
 */
export async function reopenJournal(replayed: { readonly path: string; readonly validBytes: number; readonly job: JobRecord }, now: Date = new Date()): Promise<JobJournal> {
  const file = await DurableAppendFile.reopen(replayed.path, replayed.validBytes)
  const journal = new FileJobJournal(replayed.job.jobId, file)
  await file.append(line({ type: 'resume', at: now.toISOString() }))
  return journal
}

class FileJobJournal implements JobJournal {
  constructor(
    readonly jobId: string,
    private readonly file: DurableAppendFile
  ) {}

  get path(): string {
    return this.file.path
  }

  intent(batchId: string, attempt: number, indexes: readonly number[]): Promise<void> {
    return this.file.append(line({ type: 'intent', batchId, attempt, indexes: indexes.map(Number) }))
  }

  outcome(batchId: string, outcomes: readonly JournalOutcome[]): Promise<void> {
    return this.file.append(line({ type: 'outcome', batchId, outcomes: outcomes.map(clean) }))
  }

  status(outcomes: readonly JournalOutcome[]): Promise<void> {
    return this.file.append(line({ type: 'status', outcomes: outcomes.map(clean) }))
  }

  tally(tally: TallyRecord): Promise<void> {
    return this.file.append(line({ type: 'tally', processing: Number(tally.processing), error: Number(tally.error) }))
  }

  end(summary: EndSummary): Promise<void> {
    return this.file.append(line({ type: 'end', summary }))
  }

  close(): Promise<void> {
    return this.file.close()
  }
}

/** Copies only the known fields, so an object carrying a payload (or anything else) cannot leak into the file. */
function clean(outcome: JournalOutcome): JournalOutcome {
  return {
    index: Number(outcome.index),
    state: outcome.state,
    ...(outcome.reasonCode !== undefined ? { reasonCode: String(outcome.reasonCode).slice(0, 100) } : {}),
    ...(outcome.message !== undefined ? { message: String(outcome.message).slice(0, 1000) } : {}),
    ...(outcome.remoteId !== undefined ? { remoteId: String(outcome.remoteId).slice(0, 300) } : {})
  }
}

function line(record: JobRecord | StepRecord): string {
  return `${JSON.stringify(record)}\n`
}
