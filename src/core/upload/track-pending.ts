import { confirmByTally, type TallyVerdict } from './confirm-by-tally'
import type { JobContext } from './job-context'
import { pendingRows, pollRows } from './poll-rows'

/** Waits between rounds when confirming by totals: a third of `everyMs` at first (work often ends within seconds), growing to `everyMs`. */
const FIRST_TALLY_WAIT_SHARE = 1 / 3
const TALLY_WAIT_GROWTH = 1.5
/** While the service stays busy (other work too), every this many rounds the oldest rows are read one by one. */
const BUSY_ROUNDS_BEFORE_SAMPLING = 10

/**
 * Follows async rows (NCLUE profiles, OMNICOMMERCE products) until they
 * finish or `forMs` passes, through the same pacer as the uploads. Where
 * the service keeps totals and the job took its yardstick, rows are
 * confirmed together (confirm-by-tally.ts); otherwise every round reads
 * each pending row. With `forMs` 0 a service with totals is still asked
 * once, so rows already done end accepted. Rows still pending at the end
 * stay 'pending' with their id, to be asked again later.
 */
export async function trackPending(context: JobContext, forMs: number, everyMs: number): Promise<void> {
  if (context.adapter.poll === undefined) return
  const baseline = context.follow.baseline
  if (forMs <= 0 && baseline === undefined) return
  const deadline = context.clock.now() + forMs
  let verdict: TallyVerdict = baseline === undefined ? 'poll-each' : 'waiting'
  for (let round = 0; ; round++) {
    if (pendingRows(context).length === 0) return
    // Give the service time to work before each round (and before the first).
    const planned = verdict === 'poll-each' ? everyMs : Math.min(everyMs, everyMs * FIRST_TALLY_WAIT_SHARE * TALLY_WAIT_GROWTH ** round)
    const wait = Math.min(planned, deadline - context.clock.now())
    if (wait > 0) await context.clock.sleep(wait, context.control.stopSignal)
    if (!(await context.control.whenRunnable())) return
    if (verdict !== 'poll-each' && baseline !== undefined) {
      verdict = await confirmByTally(context, baseline)
      if (verdict === 'waiting' && round > 0 && round % BUSY_ROUNDS_BEFORE_SAMPLING === 0) await pollRows(context, pendingRows(context).slice(0, context.adapter.pollChunk ?? 1))
    }
    if (verdict === 'poll-each') await pollRows(context, pendingRows(context))
    if (context.clock.now() >= deadline || context.control.stopping !== undefined) return
  }
}
