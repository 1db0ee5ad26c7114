import { classifyError, type ClassifiedError } from './classify-error'
import type { JobContext } from './job-context'
import { isPacerClosed } from './pacer'
import { windowForRate } from './pacing'
import { isAskedToWait } from './retry-policy'
import type { CallContext } from './target-adapter'

/**
 * Runs one request through the job's pacer and tells the adaptive pace how
 * it went: an answer counts as clean, a refusal (429) slows the pace down.
 * Everything that talks to a service goes through here.
 */
export async function pacedCall<T>(context: JobContext, request: (signal: AbortSignal) => Promise<T>, priority: number): Promise<T> {
  let startedAt = 0
  try {
    const result = await context.pacer.request((at) => {
      startedAt = at
      return request(context.signal)
    }, priority)
    adjust(context, context.adaptivePace?.onAnswer(startedAt, Date.now()))
    return result
  } catch (error) {
    if (!isPacerClosed(error)) slowDown(context, classifyError(error), startedAt)
    throw error
  }
}

/** The CallContext adapters get for reconcile() and poll(): their requests go first, before new sends. */
export function callContext(context: JobContext): CallContext {
  return {
    signal: context.signal,
    paced: (request) => pacedCall(context, request, 1)
  }
}

/** A refusal slows the adaptive pace; at a fixed pace, a 429 widens the window (the way to the service varies more than it allows). */
function slowDown(context: JobContext, error: ClassifiedError, startedAt: number): void {
  if (!isAskedToWait(error)) return
  if (context.adaptivePace !== undefined) adjust(context, context.adaptivePace.onRefused(startedAt, Date.now()))
  else if (error.kind === 'rate-limited') context.pacer.widen()
}

function adjust(context: JobContext, rps: number | undefined): void {
  if (rps !== undefined) context.pacer.setWindow(windowForRate(rps))
}
