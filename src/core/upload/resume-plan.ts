import type { ReplayedJournal } from '../journal'
import type { RowChange } from './job-context'
import type { RowLedger } from './row-ledger'
import type { TargetAdapter } from './target-adapter'

/** How a resumed job starts. */
export interface ResumePlan {
  /** Rows to send (never sent, refused, or safe to resend), in job order. */
  readonly fresh: number[]
  /** Rows whose fate is unclear and that must be reconciled before anything new is sent. */
  readonly toReconcile: number[]
  /** Rows to journal as 'unknown' before reconciling (in flight at the crash). */
  readonly nowUnknown: RowChange[]
}

const IN_FLIGHT_MESSAGE = 'This row was being sent when the upload stopped; the service may or may not have applied it.'

/**
 * Rebuilds the ledger from a replayed journal and decides what happens to
 * each row: known outcomes are kept and never resent; rows that were in
 * flight are reconciled when a resend could duplicate them (or resent when
 * it cannot); rows never sent are sent.
 */
export function planResume(replayed: ReplayedJournal, indexes: readonly number[], ledger: RowLedger, adapter: TargetAdapter): ResumePlan {
  const fresh: number[] = []
  const toReconcile: number[] = []
  const nowUnknown: RowChange[] = []
  for (const index of indexes) {
    const row = replayed.rows.get(index)
    if (row?.sent === true) ledger.markSent(index)
    const detail = {
      ...(row?.reasonCode !== undefined ? { reasonCode: row.reasonCode } : {}),
      ...(row?.message !== undefined ? { message: row.message } : {}),
      ...(row?.remoteId !== undefined ? { remoteId: row.remoteId } : {})
    }
    if (row === undefined || row.state === 'queued') {
      fresh.push(index)
    } else if (row.state === 'accepted' || row.state === 'failed' || row.state === 'pending') {
      ledger.set(index, row.state, detail)
    } else if (adapter.resendIsSafe) {
      // In flight or unclear, but sending again cannot duplicate anything.
      fresh.push(index)
    } else if (row.state === 'in-flight') {
      ledger.set(index, 'unknown', { message: IN_FLIGHT_MESSAGE })
      nowUnknown.push({ index, state: 'unknown', message: IN_FLIGHT_MESSAGE })
      toReconcile.push(index)
    } else {
      ledger.set(index, 'unknown', detail)
      toReconcile.push(index)
    }
  }
  return { fresh, toReconcile, nowUnknown }
}
