import { classifyError } from './classify-error'
import { commitRows, type JobContext } from './job-context'
import { callContext } from './paced-call'
import { isPacerClosed } from './pacer'

/**
 * Before the first send: asks the adapter's screen about every row not yet
 * sent. Rows it fails are journaled as failed, with its reason, and never
 * sent. A screen that cannot run (the service does not answer) is skipped
 * and reported as a setback: each send still checks its own row.
 */
export async function screenRows(context: JobContext): Promise<void> {
  const screen = context.adapter.screen
  if (screen === undefined) return
  const indexes = context.work.unsent()
  if (indexes.length === 0 || !(await context.control.whenRunnable())) return
  let outcomes
  try {
    outcomes = await screen.call(context.adapter, indexes.map((index) => context.item(index)), callContext(context))
  } catch (error) {
    if (isPacerClosed(error)) return
    const { kind, status } = classifyError(error)
    context.onSetback?.({ action: 'fail', kind, ...(status !== undefined ? { status } : {}), reason: 'screen-skipped' })
    return
  }
  const asked = new Set(indexes)
  const failed = outcomes.flatMap((o) => (o.state === 'failed' && asked.has(o.index) ? [o] : []))
  await commitRows(context, context.newId('r'), failed.map((o) => ({ index: o.index, state: 'failed' as const, reasonCode: o.reasonCode, message: o.message })))
  context.work.skip(failed.map((o) => o.index))
}
