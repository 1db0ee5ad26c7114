import type { JobJournal, JournalOutcome } from '../journal'
import type { AdaptiveRate } from './adaptive-rate'
import type { Setback } from './decide-setback'
import type { Clock } from './clock'
import type { JobControl } from './job-control'
import type { Pacer } from './pacer'
import type { RetryPolicy } from './retry-policy'
import type { RowDetail, RowLedger, RowState } from './row-ledger'
import type { ServiceTally, TargetAdapter, WorkItem } from './target-adapter'
import type { WorkQueue } from './work-queue'

/** The shared state of one running job, handed to the parts that send, reconcile and poll. */
export interface JobContext {
  readonly adapter: TargetAdapter
  readonly journal: JobJournal
  readonly ledger: RowLedger
  readonly pacer: Pacer
  readonly control: JobControl
  readonly work: WorkQueue
  readonly policy: RetryPolicy
  readonly clock: Clock
  readonly random: () => number
  readonly adaptivePace: AdaptiveRate | undefined
  /** Given to adapters; aborts only if the job halts. */
  readonly signal: AbortSignal
  item(index: number): WorkItem
  /** A new id for a batch ('b') or a reconciliation ('r'), unique within the job across resumes. */
  newId(prefix: 'b' | 'r'): string
  /** Times a row was sent (intents written for it), to bound resends. */
  sends(index: number): number
  /** Records an intent for the row. */
  countSend(index: number): void
  /** Something changed: wake the feeder, schedule a progress event. */
  changed(): void
  /** Following rows the service is still processing: the totals before the first send, and rows confirmed so far. */
  readonly follow: FollowState
  /** Told of every request that failed as a whole and what was decided (the support log). */
  readonly onSetback?: (setback: Setback) => void
}

/** What following pending rows keeps between rounds. */
export interface FollowState {
  /** The service's totals before this job sent anything (see confirm-by-tally.ts). */
  baseline?: ServiceTally
  /** Pending rows this run saw reach their end ("confirming with the service: n of m"). */
  confirmed: number
}

/** A row's new state, as both the journal and the ledger take it. */
export interface RowChange extends RowDetail {
  readonly index: number
  readonly state: Exclude<RowState, 'in-flight'>
}

/**
 * Journals row changes (fsync'd) and only then applies them in memory, so
 * the ledger never runs ahead of what a crash would replay.
 */
export async function commitRows(context: JobContext, batchId: string, changes: readonly RowChange[]): Promise<void> {
  if (changes.length === 0) return
  await context.journal.outcome(batchId, changes.map(toJournal))
  applyRows(context, changes)
}

/** Journals status changes of pending rows (polling), then applies them. */
export async function commitStatus(context: JobContext, changes: readonly RowChange[]): Promise<void> {
  if (changes.length === 0) return
  await context.journal.status(changes.map(toJournal))
  context.follow.confirmed += changes.filter((change) => change.state !== 'pending').length
  applyRows(context, changes)
}

function applyRows(context: JobContext, changes: readonly RowChange[]): void {
  for (const { index, state, ...detail } of changes) context.ledger.set(index, state, detail)
  context.changed()
}

function toJournal(change: RowChange): JournalOutcome {
  return {
    index: change.index,
    state: change.state,
    ...(change.reasonCode !== undefined ? { reasonCode: change.reasonCode } : {}),
    ...(change.message !== undefined ? { message: change.message } : {}),
    ...(change.remoteId !== undefined ? { remoteId: change.remoteId } : {})
  }
}
