import { classifyError } from './classify-error'
import { commitRows, type JobContext, type RowChange } from './job-context'
import { pacedCall } from './paced-call'
import { isPacerClosed } from './pacer'
import { resolveUnknown } from './reconcile-rows'
import { decideSetback } from './decide-setback'
import type { ItemOutcome } from './target-adapter'
import type { Batch } from './work-queue'

/**
 * The life of one batch: journal the intent, send through the pacer,
 * journal the outcome. Failures follow retry-policy.ts; every resend goes
 * back through the pacer, and an ambiguous failure of a non-idempotent
 * create is reconciled, never resent blind.
 * Throws only when the journal cannot be written (the job then halts).
 */
export async function sendBatch(context: JobContext, batch: Batch): Promise<void> {
  const all = (state: RowChange['state'], detail: Omit<RowChange, 'index' | 'state'>): RowChange[] =>
    batch.indexes.map((index) => ({ index, state, ...detail }))
  for (;;) {
    if (!(await context.control.whenRunnable())) return
    batch.attempt++
    await context.journal.intent(batch.id, batch.attempt, batch.indexes)
    for (const index of batch.indexes) context.countSend(index)
    const items = batch.indexes.map((index) => context.item(index))
    let outcomes: ItemOutcome[]
    try {
      outcomes = await pacedCall(
        context,
        (signal) => {
          // In flight from the moment the request leaves; until then the rows count as queued.
          for (const index of batch.indexes) {
            context.ledger.set(index, 'in-flight')
            context.ledger.markSent(index)
          }
          context.changed()
          return sendOnce(context, items, signal)
        },
        0
      )
    } catch (error) {
      if (isPacerClosed(error)) {
        await commitRows(context, batch.id, all('queued', { message: 'Not sent: the upload was stopped.' }))
        return
      }
      const classified = classifyError(error)
      const decision = decideSetback(context, classified, batch, context.adapter.resendIsSafe)
      switch (decision.action) {
        case 'hold':
          batch.rateLimited++
          context.pacer.holdFor(decision.delayMs)
          await commitRows(context, batch.id, all('queued', { message: 'The service asked us to wait; sending again.' }))
          continue
        case 'pause-job':
          await commitRows(context, batch.id, all('queued', { message: decision.message }))
          batch.rateLimited = 0 // after the user resumes, the batch starts with fresh patience
          context.work.park(batch)
          context.control.pause(decision.reason, decision.message, decision.retryAfterMs)
          return
        case 'retry':
          batch.retries++
          batch.rateLimited = 0
          // Rows the server may have processed stay in flight (sent, answer unknown) until the retry answers.
          if (!classified.ambiguous) await commitRows(context, batch.id, all('queued', { message: `Sending again: ${classified.message}` }))
          await context.clock.sleep(decision.delayMs, context.control.stopSignal)
          if (context.control.stopping !== undefined) {
            if (classified.ambiguous) {
              await commitRows(context, batch.id, all('unknown', { message: `The upload was stopped before trying again; the service may have applied it. ${classified.message}` }))
            }
            return
          }
          continue
        case 'uncertain':
          await commitRows(context, batch.id, all('unknown', { message: decision.message }))
          await resolveUnknown(context, batch.indexes)
          return
        case 'fail':
          await commitRows(context, batch.id, all('failed', { reasonCode: decision.reasonCode, message: decision.message }))
          return
      }
    }
    await applyOutcomes(context, batch, outcomes)
    return
  }
}

/** One send, with the answer's shape checked: a missing result list is a bad (ambiguous) answer. */
async function sendOnce(context: JobContext, items: Parameters<JobContext['adapter']['send']>[0], signal: AbortSignal): Promise<ItemOutcome[]> {
  const outcomes: unknown = await context.adapter.send(items, signal)
  if (!Array.isArray(outcomes)) throw { kind: 'bad-response', ambiguous: true, retrySafe: false, message: 'The service answered without per-row results.' }
  return outcomes as ItemOutcome[]
}

/**
 * Matches per-row results to the batch by index (any order; unknown indexes
 * ignored). A row the answer does not mention is 'unknown', never assumed
 * accepted. Transient per-row refusals go back to the queue (bounded).
 */
async function applyOutcomes(context: JobContext, batch: Batch, outcomes: readonly ItemOutcome[]): Promise<void> {
  const byIndex = new Map<number, ItemOutcome>()
  for (const o of outcomes) if (typeof o === 'object' && o !== null && !byIndex.has(o.index)) byIndex.set(o.index, o)
  const maxSends = context.policy.maxRetries + 1
  const changes: RowChange[] = []
  const again: number[] = []
  const unclear: number[] = []
  for (const index of batch.indexes) {
    const o = byIndex.get(index)
    if (o === undefined) {
      changes.push({ index, state: 'unknown', message: "The service's answer did not mention this row." })
      unclear.push(index)
    } else if (o.state === 'accepted') {
      changes.push({ index, state: 'accepted', ...(o.remoteId !== undefined ? { remoteId: o.remoteId } : {}) })
    } else if (o.state === 'pending') {
      if (typeof o.remoteId === 'string' && o.remoteId !== '') changes.push({ index, state: 'pending', remoteId: o.remoteId })
      else {
        changes.push({ index, state: 'unknown', message: 'The service accepted this row but gave no id to follow it.' })
        unclear.push(index)
      }
    } else if (o.state === 'failed') {
      if (o.transient === true && context.sends(index) < maxSends) {
        changes.push({ index, state: 'queued', reasonCode: o.reasonCode, message: `Sending again: ${o.message}` })
        again.push(index)
      } else changes.push({ index, state: 'failed', reasonCode: o.reasonCode, message: o.message })
    } else {
      changes.push({ index, state: 'unknown', message: o.message })
      unclear.push(index)
    }
  }
  await commitRows(context, batch.id, changes)
  context.work.resend(again)
  await resolveUnknown(context, unclear)
}
