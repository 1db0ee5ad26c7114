import { classifyError } from './classify-error'
import { commitRows, type JobContext, type RowChange } from './job-context'
import { callContext } from './paced-call'
import { isPacerClosed } from './pacer'
import { decideSetback } from './decide-setback'
import type { RetryCounters } from './retry-policy'
import type { ReconcileOutcome } from './target-adapter'

/** Rows per reconcile() call. */
const RECONCILE_CHUNK = 100

/**
 * Decides rows whose outcome is 'unknown' (the server may have processed
 * them). With reconcile(): look them up by natural key; only rows proven
 * absent go back to the queue. Without it, an upsert may simply be sent
 * again; a non-idempotent create stays 'unknown' for a person to check.
 * The rows must already be 'unknown' in the ledger and the journal.
 */
export async function resolveUnknown(context: JobContext, indexes: readonly number[]): Promise<void> {
  if (indexes.length === 0) return
  if (context.adapter.reconcile !== undefined) {
    for (let i = 0; i < indexes.length; i += RECONCILE_CHUNK) {
      if (context.control.stopping !== undefined) return
      await reconcileChunk(context, indexes.slice(i, i + RECONCILE_CHUNK))
    }
    return
  }
  if (!context.adapter.resendIsSafe) {
    const message = 'The service may or may not have created this row, and it cannot be looked up automatically. Check it in the service.'
    await commitRows(context, context.newId('r'), indexes.map((index) => ({ index, state: 'unknown', message })))
    return
  }
  await requeueOrGiveUp(context, context.newId('r'), indexes, 'The answer was unclear; sending again (safe for this operation).')
}

async function reconcileChunk(context: JobContext, indexes: readonly number[]): Promise<void> {
  const reconcile = context.adapter.reconcile
  if (reconcile === undefined) return
  const items = indexes.map((index) => context.item(index))
  const counters: { retries: number; rateLimited: number } = { retries: 0, rateLimited: 0 }
  let results: ReconcileOutcome[] | undefined
  while (results === undefined) {
    if (!(await context.control.whenRunnable())) return
    try {
      results = await reconcile.call(context.adapter, items, callContext(context))
    } catch (error) {
      if (isPacerClosed(error)) return
      const classified = classifyError(error)
      // Lookups change nothing, so repeating them is safe.
      const decision = decideSetback(context, classified, counters satisfies RetryCounters, true)
      if (decision.action === 'hold') {
        counters.rateLimited++
        context.pacer.holdFor(decision.delayMs)
      } else if (decision.action === 'pause-job') {
        context.control.pause(decision.reason, decision.message, decision.retryAfterMs)
      } else if (decision.action === 'retry') {
        counters.retries++
        await context.clock.sleep(decision.delayMs, context.control.stopSignal)
      } else {
        const message = `Could not check whether this row was created: ${classified.message}`
        await commitRows(context, context.newId('r'), indexes.map((index) => ({ index, state: 'unknown', message })))
        return
      }
    }
  }
  const byIndex = new Map<number, ReconcileOutcome>()
  for (const r of Array.isArray(results) ? results : []) if (!byIndex.has(r.index)) byIndex.set(r.index, r)
  const id = context.newId('r')
  const changes: RowChange[] = []
  const absent: number[] = []
  for (const index of indexes) {
    const r = byIndex.get(index)
    if (r === undefined || r.state === 'unknown') {
      changes.push({ index, state: 'unknown', message: r?.message ?? 'The lookup could not tell whether this row was created. Check it in the service.' })
    } else if (r.state === 'absent') {
      absent.push(index)
    } else if (r.state === 'accepted') {
      changes.push({ index, state: 'accepted', ...(r.remoteId !== undefined ? { remoteId: r.remoteId } : {}), ...(r.note !== undefined ? { reasonCode: r.note } : {}) })
    } else if (r.state === 'pending') {
      changes.push({ index, state: 'pending', remoteId: r.remoteId })
    } else {
      changes.push({ index, state: 'failed', reasonCode: r.reasonCode, message: r.message })
    }
  }
  await commitRows(context, id, changes)
  await requeueOrGiveUp(context, id, absent, 'Not created (checked); sending again.')
}

/** Puts rows back in the queue, unless they were already sent as often as the policy allows. */
async function requeueOrGiveUp(context: JobContext, id: string, indexes: readonly number[], message: string): Promise<void> {
  const maxSends = context.policy.maxRetries + 1
  const again = indexes.filter((index) => context.sends(index) < maxSends)
  const tooMany = indexes.filter((index) => context.sends(index) >= maxSends)
  await commitRows(context, id, [
    ...again.map((index): RowChange => ({ index, state: 'queued', message })),
    ...tooMany.map((index): RowChange => ({
      index,
      state: 'failed',
      reasonCode: 'not-created',
      message: `The service did not create this row after ${context.sends(index)} attempts.`
    }))
  ])
  context.work.resend(again)
  context.changed()
}
