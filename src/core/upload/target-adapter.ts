/** The three services Sheetport uploads to. */
export type ServiceName = 'omnicommerce' | 'occ' | 'nclue'

/**
 * One row to upload. The engine only reads `index` and `key`; `payload` goes
 * to the adapter untouched and never reaches the journal.
 */
export interface WorkItem {
  /** Row index in the job, 0-based; the row's identity in journals and reports. */
  readonly index: number
  /** Natural key the service knows the row by (product id, email, profile name), used to reconcile. */
  readonly key: string
  /** The request body for this row, built by the caller from the file and mapping. */
  readonly payload: unknown
}

/**
 * What the service said about one row. An accepted row may carry a `note`:
 * a reason code for something worth knowing (the account existed already). `failed` with `transient: true` means
 * the service refused the row for a passing reason (e.g. a per-item 429 in a
 * mixed batch answer) and the engine may send it again; any other `failed`
 * is final.
 */
export type ItemOutcome =
  | { readonly index: number; readonly state: 'accepted'; readonly remoteId?: string; readonly note?: string }
  | { readonly index: number; readonly state: 'failed'; readonly reasonCode: string; readonly message: string; readonly transient?: boolean }
  | { readonly index: number; readonly state: 'pending'; readonly remoteId: string }
  | { readonly index: number; readonly state: 'unknown'; readonly message: string }

/**
 * A reconciliation answer: an ItemOutcome, or `absent` when the lookup
 * proves the row was NOT created, the only answer that allows sending it again.
 */
export type ReconcileOutcome = ItemOutcome | { readonly index: number; readonly state: 'absent' }

/**
 * The service's totals over all the work it holds (OMNICOMMERCE's
 * status-count): one cheap request that says whether anything is still
 * being processed and how many items have ended in error.
 */
export interface ServiceTally {
  readonly processing: number
  readonly error: number
}

/** A row sent to an async service and waiting for its final status. */
export interface PendingRow {
  readonly index: number
  readonly remoteId: string
}

/**
 * Handed to reconcile() and poll(), which may need several requests (e.g.
 * walking list pages): every request must go through `paced` so it spends
 * from the same rate budget as the uploads.
 */
export interface CallContext {
  readonly signal: AbortSignal
  /** Runs one request when the service's pace allows it. */
  paced<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T>
}

/**
 * The one thing the upload engine knows about a service. Implementations
 * wrap a service client; the engine handles pacing, retries, journaling and
 * progress. Errors thrown are classified by shape (see classify-error.ts).
 */
export interface TargetAdapter {
  readonly service: ServiceName
  /** Rows per request: 100 for OMNICOMMERCE products, 1 for OCC and NCLUE. */
  readonly batchSize: number
  /**
   * Whether sending the same rows twice cannot create duplicates (upsert,
   * PUT, DELETE). False for non-idempotent creates, which are reconciled
   * instead of resent after an ambiguous failure.
   */
  readonly resendIsSafe: boolean
  /** Exactly one request for these rows; throws when the whole request failed. */
  send(items: readonly WorkItem[], signal: AbortSignal): Promise<ItemOutcome[]>
  /**
   * Checks, once before anything is sent, what the service can tell about
   * rows without changing anything (NCLUE: each row's task against the task
   * list). Rows it answers as failed are not sent. Optional.
   */
  screen?(items: readonly WorkItem[], context: CallContext): Promise<ItemOutcome[]>
  /** Finds out, by natural key, whether rows whose create may or may not have happened exist. */
  reconcile?(items: readonly WorkItem[], context: CallContext): Promise<ReconcileOutcome[]>
  /** Reads the status of async rows (at most `pollChunk` per call): final outcomes and still-pending ones. */
  poll?(pending: readonly PendingRow[], context: CallContext): Promise<ItemOutcome[]>
  /**
   * Rows per poll() call; default 100. Small when each row costs its own
   * request, so following can stop as soon as it knows enough; unbounded
   * when one walk of a list answers any number of rows (NCLUE).
   */
  readonly pollChunk?: number
  /**
   * Reads the service's totals in one request, so pending rows can be
   * confirmed together when nothing of theirs failed (see
   * confirm-by-tally.ts). Optional; without it every row is polled.
   */
  tally?(context: CallContext): Promise<ServiceTally>
}
