/** One request's worth of rows and its retry bookkeeping. */
export interface Batch {
  readonly id: string
  readonly indexes: readonly number[]
  /** Intents written so far for this batch (the journal's attempt number). */
  attempt: number
  /** Transient failures retried so far. */
  retries: number
  /** Refusals (429) in a row. */
  rateLimited: number
}

/**
 * What is left to send, in the order it should go: whole batches parked by
 * a pause (auth, long service wait) first, then single rows to send again
 * (proven not created, or refused for a passing reason), then rows never sent.
 */
export class WorkQueue {
  readonly #fresh: readonly number[]
  #next = 0
  #resend: number[] = []
  #parked: Batch[] = []
  readonly #skipped = new Set<number>()

  constructor(freshIndexes: readonly number[]) {
    this.#fresh = freshIndexes
  }

  /** Keeps a batch to send again after the job is resumed. */
  park(batch: Batch): void {
    this.#parked.push(batch)
  }

  /** Rows to send again in a new batch. */
  resend(indexes: readonly number[]): void {
    this.#resend.push(...indexes)
  }

  /** Rows never sent and not yet handed out, in order (what a screen checks). */
  unsent(): number[] {
    return this.#fresh.slice(this.#next).filter((index) => !this.#skipped.has(index))
  }

  /** Rows never to hand out (a screen failed them). */
  skip(indexes: Iterable<number>): void {
    for (const index of indexes) this.#skipped.add(index)
  }

  /** Rows not yet handed out. */
  get remainingRows(): number {
    return this.#parked.reduce((n, b) => n + b.indexes.length, 0) + this.#resend.length + this.unsent().length
  }

  /** The next batch, or undefined when nothing is left. */
  next(batchSize: number, newId: () => string): Batch | undefined {
    const parked = this.#parked.shift()
    if (parked !== undefined) return parked
    const indexes = this.#resend.splice(0, batchSize)
    while (indexes.length < batchSize && this.#next < this.#fresh.length) {
      const index = this.#fresh[this.#next++]
      if (index !== undefined && !this.#skipped.has(index)) indexes.push(index)
    }
    if (indexes.length === 0) return undefined
    return { id: newId(), indexes, attempt: 0, retries: 0, rateLimited: 0 }
  }
}
