/** Where one row stands. Every row is in exactly one of these at any moment. */
export type RowState = 'queued' | 'in-flight' | 'accepted' | 'failed' | 'pending' | 'unknown'

/** Rows per state; the six numbers always add up to the job's row count. */
export interface RowCounts {
  readonly queued: number
  /** Sent, answer not yet in. */
  readonly inFlight: number
  readonly accepted: number
  readonly failed: number
  /** Accepted by an async service, final status not yet known (has a remote id). */
  readonly pending: number
  /** May or may not have been applied; needs reconciling or a person's check. */
  readonly unknown: number
}

/** Everything known about one row, for progress and reports. */
export interface RowRecord {
  readonly index: number
  readonly state: RowState
  readonly reasonCode?: string
  readonly message?: string
  readonly remoteId?: string
}

/** The details that may come with a state change. */
export type RowDetail = Omit<RowRecord, 'index' | 'state'>

const KEY: Record<RowState, keyof RowCounts> = {
  queued: 'queued',
  'in-flight': 'inFlight',
  accepted: 'accepted',
  failed: 'failed',
  pending: 'pending',
  unknown: 'unknown'
}

/**
 * The in-memory truth about every row of a job, with counts kept in step so
 * progress events can never disagree with the row states (the counts add up
 * by construction, not by arithmetic after the fact).
 */
export class RowLedger {
  readonly #rows = new Map<number, RowRecord>()
  readonly #counts: Record<keyof RowCounts, number> = { queued: 0, inFlight: 0, accepted: 0, failed: 0, pending: 0, unknown: 0 }
  readonly #sent = new Set<number>()

  constructor(indexes: Iterable<number>) {
    for (const index of indexes) {
      if (this.#rows.has(index)) throw new Error(`Row index ${index} appears twice in the job.`)
      this.#rows.set(index, { index, state: 'queued' })
      this.#counts.queued++
    }
  }

  /** Number of rows in the job. */
  get size(): number {
    return this.#rows.size
  }

  /** Moves a row to a new state (details replace the old ones). */
  set(index: number, state: RowState, detail: RowDetail = {}): void {
    const row = this.#rows.get(index)
    if (row === undefined) throw new Error(`Row index ${index} is not part of this job.`)
    this.#counts[KEY[row.state]]--
    this.#counts[KEY[state]]++
    this.#rows.set(index, { index, state, ...definedOnly(detail) })
  }

  /** Marks a row as sent (its request started, or in an earlier run its intent was written), without changing its state. */
  markSent(index: number): void {
    if (this.#rows.has(index)) this.#sent.add(index)
  }

  /** The row's record; throws for an index outside the job. */
  get(index: number): RowRecord {
    const row = this.#rows.get(index)
    if (row === undefined) throw new Error(`Row index ${index} is not part of this job.`)
    return row
  }

  /** Whether `index` belongs to the job. */
  has(index: number): boolean {
    return this.#rows.has(index)
  }

  /** A snapshot of the counts. */
  counts(): RowCounts {
    return { ...this.#counts }
  }

  /** Rows sent at least once (in this run, or possibly in an earlier one before a resume). */
  get sentRows(): number {
    return this.#sent.size
  }

  /** Indexes of the rows currently in `state`, in index order of insertion. */
  indexesIn(state: RowState): number[] {
    const out: number[] = []
    for (const row of this.#rows.values()) if (row.state === state) out.push(row.index)
    return out
  }

  /** Every row's record, in job order. */
  records(): RowRecord[] {
    return [...this.#rows.values()]
  }
}

function definedOnly(detail: RowDetail): RowDetail {
  const out: { reasonCode?: string; message?: string; remoteId?: string } = {}
  if (detail.reasonCode !== undefined) out.reasonCode = detail.reasonCode
  if (detail.message !== undefined) out.message = detail.message
  if (detail.remoteId !== undefined) out.remoteId = detail.remoteId
  return out
}
