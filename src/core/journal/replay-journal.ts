import { readFile } from 'node:fs/promises'
import { JournalCorruptError } from './journal-errors'
import { jobRecordSchema, stepRecordSchema, type EndSummary, type JobRecord, type JournalCounts, type JournalRowState, type TallyRecord } from './journal-records'

/** A row's last known state in a journal. 'in-flight': its intent was written and no result followed. */
export type ReplayedRowState = JournalRowState | 'in-flight'

/** One row as the journal left it. */
export interface ReplayedRow {
  readonly index: number
  readonly state: ReplayedRowState
  /** The batch of the last intent that included the row. */
  readonly batchId?: string
  readonly reasonCode?: string
  readonly message?: string
  readonly remoteId?: string
  /** The row was sent at least once. */
  readonly sent: boolean
}

/** Everything a resume needs, rebuilt from a journal file. */
export interface ReplayedJournal {
  readonly path: string
  readonly job: JobRecord
  /** Rows the journal mentions; rows of the job not in here were never sent. */
  readonly rows: ReadonlyMap<number, ReplayedRow>
  readonly ended: boolean
  readonly end?: EndSummary
  /** Highest number used in a batch id (ids look like 'b12', 'r3'), so a resume can continue the numbering. */
  readonly lastBatchNumber: number
  /** The service's totals journaled before the job's first send, if it took them. */
  readonly tally?: TallyRecord
  /** Bytes up to the end of the last complete line; anything after it is a torn write. */
  readonly validBytes: number
  readonly tornTail: boolean
}

/**
 * Replays a job's journal: the last record about a row wins. A last line
 * without its newline is a write torn by a crash and is ignored; any other
 * damaged line stops the replay (JournalCorruptError), because guessing could
 * resend rows that were already sent.
 */
export async function replayJournal(path: string): Promise<ReplayedJournal> {
  const bytes = await readFile(path)
  const lastNewline = bytes.lastIndexOf(0x0a)
  const validBytes = lastNewline + 1
  const lines = bytes.subarray(0, validBytes).toString('utf8').split('\n')
  lines.pop() // the empty string after the final newline
  const first = lines[0]
  if (first === undefined) throw new JournalCorruptError(`The journal ${path} has no job record.`)
  const job = parseLine(first, 1, path, jobRecordSchema)
  const rows = new Map<number, ReplayedRow>()
  let end: EndSummary | undefined
  let lastBatchNumber = 0
  let tally: TallyRecord | undefined
  const noteBatch = (batchId: string): void => {
    const n = Number(/(\d+)$/.exec(batchId)?.[1] ?? 0)
    if (n > lastBatchNumber) lastBatchNumber = n
  }
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i] ?? ''
    if (text.trim() === '') continue
    const record = parseLine(text, i + 1, path, stepRecordSchema)
    switch (record.type) {
      case 'intent':
        noteBatch(record.batchId)
        for (const index of record.indexes) rows.set(index, { index, state: 'in-flight', batchId: record.batchId, sent: true })
        break
      case 'outcome':
      case 'status':
        if (record.type === 'outcome') noteBatch(record.batchId)
        for (const o of record.outcomes) {
          const before = rows.get(o.index)
          rows.set(o.index, { ...o, ...(before?.batchId !== undefined ? { batchId: before.batchId } : {}), sent: before?.sent ?? false })
        }
        break
      case 'end':
        end = record.summary
        break
      case 'tally':
        tally ??= { processing: record.processing, error: record.error }
        break
      case 'resume':
        // A later run continued the job: it is not ended any more.
        end = undefined
        break
    }
  }
  return { path, job, rows, ended: end !== undefined, ...(end !== undefined ? { end } : {}), lastBatchNumber, ...(tally !== undefined ? { tally } : {}), validBytes, tornTail: validBytes < bytes.length }
}

/** Rows per state in a replayed journal; rows it never mentions count as queued. */
export function replayedCounts(replayed: Pick<ReplayedJournal, 'rows' | 'job'>): JournalCounts {
  const counts = { queued: 0, inFlight: 0, accepted: 0, failed: 0, pending: 0, unknown: 0 }
  for (const row of replayed.rows.values()) {
    if (row.state === 'in-flight') counts.inFlight++
    else counts[row.state]++
  }
  counts.queued += Math.max(0, replayed.job.rowCount - replayed.rows.size)
  return counts
}

function parseLine<T>(text: string, lineNumber: number, path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new JournalCorruptError(`Line ${lineNumber} of the journal ${path} is damaged.`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new JournalCorruptError(`Line ${lineNumber} of the journal ${path} is not a valid journal record.`)
  return parsed.data
}
