import { classifyError } from './classify-error'
import { commitStatus, type JobContext, type RowChange } from './job-context'
import { callContext } from './paced-call'
import { isPacerClosed } from './pacer'
import { decideSetback } from './decide-setback'
import type { ItemOutcome, PendingRow } from './target-adapter'

/** Ids per poll() call (NCLUE lists 100 per page). */
export const POLL_CHUNK = 100

/**
 * Follows async rows (NCLUE profiles) until they finish or `forMs` passes:
 * one round every `everyMs`, each asking about up to 100 rows per call,
 * through the same pacer as the uploads. A failed poll is simply tried in
 * the next round; rows still pending at the end stay 'pending' with their id.
 */
export async function trackPending(context: JobContext, forMs: number, everyMs: number): Promise<void> {
  const poll = context.adapter.poll
  if (poll === undefined || forMs <= 0) return
  const deadline = context.clock.now() + forMs
  for (;;) {
    if (pendingRows(context).length === 0) return
    // Give the service time to work before each round (and before the first).
    const wait = Math.min(everyMs, deadline - context.clock.now())
    if (wait > 0) await context.clock.sleep(wait, context.control.stopSignal)
    const pending = pendingRows(context)
    for (let i = 0; i < pending.length; i += POLL_CHUNK) {
      if (!(await context.control.whenRunnable())) return
      const chunk = pending.slice(i, i + POLL_CHUNK)
      let results: ItemOutcome[]
      try {
        results = await poll.call(context.adapter, chunk, callContext(context))
      } catch (error) {
        if (isPacerClosed(error)) return
        const decision = decideSetback(context, classifyError(error), { retries: 0, rateLimited: 0 }, true)
        if (decision.action === 'hold') context.pacer.holdFor(decision.delayMs)
        if (decision.action === 'pause-job') context.control.pause(decision.reason, decision.message, decision.retryAfterMs)
        continue
      }
      await commitStatus(context, finished(chunk, results))
    }
    if (context.clock.now() >= deadline || context.control.stopping !== undefined) return
  }
}

function pendingRows(context: JobContext): PendingRow[] {
  const rows: PendingRow[] = []
  for (const index of context.ledger.indexesIn('pending')) {
    const remoteId = context.ledger.get(index).remoteId
    if (remoteId !== undefined) rows.push({ index, remoteId })
  }
  return rows
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
