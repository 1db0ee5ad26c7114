import type { CallContext, ItemOutcome, PendingRow, ReconcileOutcome, ServiceName, TargetAdapter, WorkItem } from '../../../../src/core/upload/target-adapter'

/** What kind of call reached the fake service. */
export type CallKind = 'send' | 'lookup' | 'status'

/** One request as the fake service saw it. */
export interface LoggedRequest {
  readonly at: number
  readonly kind: CallKind
  readonly keys: readonly string[]
  /** What the service answered. */
  answer?: string
}

/** A scripted fault for one request. */
export type FaultName =
  | 'rate-limited' // 429 with Retry-After, not processed
  | 'rate-limited-long' // 429 with Retry-After: 86400 s
  | 'server-500' // processed? no; but the client cannot know: ambiguous
  | 'server-503' // not processed, not ambiguous
  | 'commit-then-timeout' // processed, then the answer never comes: ambiguous timeout
  | 'reset-before-send' // connection refused: not processed, not ambiguous
  | 'rejected-400' // validation refusal of the whole request
  | 'auth-401'

/** Decides the fault for request number `n` (1-based, per kind) of `kind`. */
export type FaultScript = (request: { readonly n: number; readonly kind: CallKind; readonly keys: readonly string[] }) => FaultName | undefined

/** An error with the shape service clients throw (duck-typed by the engine). */
export class FakeServiceError extends Error {
  constructor(
    readonly kind: string,
    readonly ambiguous: boolean,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly reason?: string
  ) {
    super(message)
    this.name = 'FakeServiceError'
  }
  get retrySafe(): boolean {
    return !this.ambiguous
  }
}

interface StoredRow {
  readonly id: string
  status: 'pending' | 'done' | 'failed'
  pollsLeft: number
}

/** Options of the fake service. */
export interface FakeServiceOptions {
  /** Server-side sliding window: at most `limit` requests (of any kind) accepted per `windowMs`. */
  readonly limit?: { readonly limit: number; readonly windowMs: number; readonly retryAfterMs: number }
  readonly faults?: FaultScript
  readonly latencyMs?: number | (() => number)
  /** Async rows become final after this many status reads. */
  readonly pollsUntilDone?: number
  /** Keys whose async processing fails. */
  readonly failingKeys?: ReadonlySet<string>
}

/**
 * An in-memory service with a server-side sliding-window limiter that logs
 * every request's arrival time, scripted faults, and a count of effects per
 * key (how many times each row was really created/applied).
 */
export class FakeService {
  readonly log: LoggedRequest[] = []
  /** Times each key's create/upsert was applied. */
  readonly applied = new Map<string, number>()
  readonly rows = new Map<string, StoredRow>()
  readonly #accepted: number[] = []
  readonly #counts: Record<CallKind, number> = { send: 0, lookup: 0, status: 0 }
  #ids = 0
  onRequest: ((request: LoggedRequest) => void) | undefined

  constructor(readonly options: FakeServiceOptions = {}) {}

  /** Arrival times of every request (including refused ones). */
  times(kind?: CallKind): number[] {
    return this.log.filter((r) => kind === undefined || r.kind === kind).map((r) => r.at)
  }

  count(kind: CallKind): number {
    return this.#counts[kind]
  }

  /** Keys applied more than once: duplicates a non-idempotent create must never produce. */
  duplicates(): string[] {
    return [...this.applied].filter(([, n]) => n > 1).map(([k]) => k)
  }

  async call<T>(kind: CallKind, keys: readonly string[], work: () => T): Promise<T> {
    const entry: LoggedRequest = { at: Date.now(), kind, keys }
    this.log.push(entry)
    const n = ++this.#counts[kind]
    this.onRequest?.(entry)
    const limit = this.options.limit
    if (limit !== undefined) {
      while (this.#accepted.length > 0 && (this.#accepted[0] ?? 0) <= entry.at - limit.windowMs) this.#accepted.shift()
      if (this.#accepted.length >= limit.limit) {
        entry.answer = '429-limiter'
        await this.#delay()
        throw new FakeServiceError('rate-limited', false, 'Too many requests.', 429, limit.retryAfterMs)
      }
      this.#accepted.push(entry.at)
    }
    const fault = this.options.faults?.({ n, kind, keys })
    entry.answer = fault ?? 'ok'
    await this.#delay()
    switch (fault) {
      case 'rate-limited':
        throw new FakeServiceError('rate-limited', false, 'Too many requests.', 429, 30)
      case 'rate-limited-long':
        throw new FakeServiceError('rate-limited', false, 'Too many requests.', 429, 86_400_000)
      case 'server-500':
        throw new FakeServiceError('server', true, 'FAKE had an internal problem (HTTP 500).', 500)
      case 'server-503':
        throw new FakeServiceError('server', false, 'FAKE is unavailable (HTTP 503).', 503)
      case 'reset-before-send':
        throw new FakeServiceError('network', false, 'The server refused the connection.')
      case 'rejected-400':
        throw new FakeServiceError('rejected', false, 'FAKE rejected the request (HTTP 400): bad field.', 400, undefined, 'invalid-field')
      case 'auth-401':
        throw new FakeServiceError('auth', false, 'FAKE refused the credentials (HTTP 401).', 401)
      case 'commit-then-timeout': {
        work()
        throw new FakeServiceError('timeout', true, 'FAKE timed out.')
      }
      default:
        return work()
    }
  }

  /** Applies a create/upsert of `key`; returns its remote id. */
  apply(key: string, async: boolean): StoredRow {
    this.applied.set(key, (this.applied.get(key) ?? 0) + 1)
    const existing = this.rows.get(key)
    if (existing !== undefined) return existing
    const row: StoredRow = {
      id: `id-${++this.#ids}`,
      status: async ? 'pending' : 'done',
      pollsLeft: this.options.pollsUntilDone ?? 1
    }
    this.rows.set(key, row)
    return row
  }

  /** A status read of an async row. */
  readStatus(id: string): StoredRow | undefined {
    for (const [key, row] of this.rows) {
      if (row.id !== id) continue
      if (row.status === 'pending' && --row.pollsLeft <= 0) row.status = this.options.failingKeys?.has(key) === true ? 'failed' : 'done'
      return row
    }
    return undefined
  }

  async #delay(): Promise<void> {
    const l = this.options.latencyMs
    const ms = typeof l === 'function' ? l() : (l ?? 0)
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
  }
}

/** How the fake adapter behaves. */
export interface FakeAdapterOptions {
  readonly service?: ServiceName
  readonly batchSize?: number
  /** 'create': non-idempotent; 'upsert': safe to resend; 'async': creates pending rows (NCLUE). */
  readonly mode: 'create' | 'upsert' | 'async'
  readonly reconcile?: boolean
  readonly poll?: boolean
}

/** A TargetAdapter over a FakeService; rows with payload `{ invalid: true }` fail validation. */
export function fakeAdapter(service: FakeService, options: FakeAdapterOptions): TargetAdapter & { readonly polls: PendingRow[][] } {
  const async = options.mode === 'async'
  const polls: PendingRow[][] = []
  const adapter: TargetAdapter & { polls: PendingRow[][] } = {
    service: options.service ?? (async ? 'nclue' : options.mode === 'create' ? 'occ' : 'omnicommerce'),
    batchSize: options.batchSize ?? 1,
    resendIsSafe: options.mode === 'upsert',
    polls,
    send: (items: readonly WorkItem[]) =>
      service.call('send', keys(items), () =>
        items.map((item): ItemOutcome => {
          if (isInvalid(item.payload)) return { index: item.index, state: 'failed', reasonCode: 'invalid-field', message: 'Price must be a number.' }
          const row = service.apply(item.key, async)
          return async ? { index: item.index, state: 'pending', remoteId: row.id } : { index: item.index, state: 'accepted', remoteId: row.id }
        })
      )
  }
  if (options.reconcile === true) {
    adapter.reconcile = (items: readonly WorkItem[], context: CallContext) =>
      context.paced(() =>
        service.call('lookup', keys(items), () =>
          items.map((item): ReconcileOutcome => {
            const row = service.rows.get(item.key)
            if (row === undefined) return { index: item.index, state: 'absent' }
            return row.status === 'pending' ? { index: item.index, state: 'pending', remoteId: row.id } : { index: item.index, state: 'accepted', remoteId: row.id }
          })
        )
      )
  }
  if (options.poll === true) {
    adapter.poll = (pending: readonly PendingRow[], context: CallContext) => {
      polls.push([...pending])
      return context.paced(() =>
        service.call(
          'status',
          pending.map((p) => p.remoteId),
          () =>
            pending.map((p): ItemOutcome => {
              const row = service.readStatus(p.remoteId)
              if (row === undefined) return { index: p.index, state: 'unknown', message: 'not found' }
              if (row.status === 'done') return { index: p.index, state: 'accepted', remoteId: row.id }
              if (row.status === 'failed') return { index: p.index, state: 'failed', reasonCode: 'analysis-failed', message: 'The analysis failed.' }
              return { index: p.index, state: 'pending', remoteId: row.id }
            })
        )
      )
    }
  }
  return adapter
}

function keys(items: readonly WorkItem[]): string[] {
  return items.map((i) => i.key)
}

function isInvalid(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && (payload as { invalid?: unknown }).invalid === true
}

/** The most requests that arrived within any window of `windowMs` (half-open: (t - windowMs, t]). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[start] ?? 0) <= (sorted[end] ?? 0) - windowMs) start++
    best = Math.max(best, end - start + 1)
  }
  return best
}

/** `count` rows with keys k0…, each payload carrying a secret-looking field. */
export function makeItems(count: number, extra: (index: number) => Record<string, unknown> = () => ({})): WorkItem[] {
  return Array.from({ length: count }, (_, index) => ({ index, key: `k${index}`, payload: { name: `Row ${index}`, password: `SECRET-PW-${index}`, ...extra(index) } }))
}
