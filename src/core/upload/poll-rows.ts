import { commitStatus, type JobContext, type RowChange } from './job-context'
import { setBackStatusRead } from './decide-setback'
import { callContext } from './paced-call'
import { isPacerClosed } from './pacer'
import type { ItemOutcome, PendingRow } from './target-adapter'

/** Rows per poll() call unless the adapter says otherwise. */
export const POLL_CHUNK = 100

/** What one pass over pending rows found. */
export interface PollPass {
  /** Rows that ended failed at the service in this pass. */
  readonly failed: number
  /** Rows the service still reported as being processed. */
  readonly stillPending: number
  /** Rows the pass did not get to (stopped early, paused or a poll that failed). */
  readonly notAsked: number
}

/**
 * Reads the status of pending rows, `pollChunk` at a time through the
 * job's pacer, and journals every row that reached its end. Stops early
 * once `enough` says the pass has learned what it needs (e.g. every
 * failure the service's totals announced was found). A poll that fails is
 * reported as a setback and ends the pass; the next round tries again.
 */
export async function pollRows(context: JobContext, rows: readonly PendingRow[], enough: (pass: PollPass) => boolean = () => false): Promise<PollPass> {
  const poll = context.adapter.poll
  let failed = 0
  let stillPending = 0
  let asked = 0
  const pass = (): PollPass => ({ failed, stillPending, notAsked: rows.length - asked })
  if (poll === undefined) return pass()
  const chunkSize = context.adapter.pollChunk ?? POLL_CHUNK
  for (let i = 0; i < rows.length; i += chunkSize) {
    if (enough(pass()) || !(await context.control.whenRunnable())) break
    const chunk = rows.slice(i, i + chunkSize)
    let results: ItemOutcome[]
    try {
      results = await poll.call(context.adapter, chunk, callContext(context))
    } catch (error) {
      if (isPacerClosed(error)) break
      setBackStatusRead(context, error)
      break
    }
    asked += chunk.length
    const changes = finished(chunk, results)
    failed += changes.filter((c) => c.state === 'failed').length
    stillPending += chunk.length - changes.length
    await commitStatus(context, changes)
  }
  return pass()
}

/** The rows of this chunk whose status became final; 'pending' and 'unknown' answers keep the row pending. */
function finished(chunk: readonly PendingRow[], results: unknown): RowChange[] {
  const asked = new Map(chunk.map((row) => [row.index, row]))
  const changes: RowChange[] = []
  for (const r of Array.isArray(results) ? (results as ItemOutcome[]) : []) {
    const row = asked.get(r.index)
    if (row === undefined) continue
    asked.delete(r.index)
    if (r.state === 'accepted') changes.push({ index: r.index, state: 'accepted', remoteId: r.remoteId ?? row.remoteId })
    else if (r.state === 'failed') changes.push({ index: r.index, state: 'failed', reasonCode: r.reasonCode, message: r.message, remoteId: row.remoteId })
  }
  return changes
}

/** The job's rows waiting at the service, in job order, with the id the service knows them by. */
export function pendingRows(context: JobContext): PendingRow[] {
  const rows: PendingRow[] = []
  for (const index of context.ledger.indexesIn('pending')) {
    const remoteId = context.ledger.get(index).remoteId
    if (remoteId !== undefined) rows.push({ index, remoteId })
  }
  return rows
}
