import { confirmByTally, type TallyVerdict } from './confirm-by-tally'
import type { JobContext } from './job-context'
import { pendingRows, pollRows } from './poll-rows'

/** Waits between rounds when confirming by totals: a third of `everyMs` at first (work often ends within seconds), growing to `everyMs`. */
const FIRST_TALLY_WAIT_SHARE = 1 / 3
const TALLY_WAIT_GROWTH = 1.5
/** While the service stays busy (other work too), every this many rounds the oldest rows are read one by one. */
const BUSY_ROUNDS_BEFORE_SAMPLING = 10
/** When each row is read, each round waits this many times as long as the one before (up to the cap), so rows that take minutes cost a few rounds, not one every `everyMs`. */
const POLL_WAIT_GROWTH = 2
/** The longest wait between two rounds of reading each row, unless `everyMs` is longer: how stale the progress display may get while the service works. */
export const POLL_WAIT_CAP_MS = 120_000

/**
 * How long to wait before round `round` (0 first). Confirming by totals
 * starts at a third of `everyMs` and grows to it (one cheap request a
 * round); reading each row costs a list page per 100 rows a round, so its
 * wait is `everyMs` twice (work that takes seconds is seen as soon as
 * before), then doubles up to `capMs`: rows that take five minutes after
 * the last create cost 8 rounds, not 100, and ten minutes 11.
 */
export function waitBeforeRound(readsEachRow: boolean, round: number, everyMs: number, capMs: number = POLL_WAIT_CAP_MS): number {
  if (!readsEachRow) return Math.min(everyMs, everyMs * FIRST_TALLY_WAIT_SHARE * TALLY_WAIT_GROWTH ** round)
  return Math.min(Math.max(everyMs, capMs), everyMs * POLL_WAIT_GROWTH ** Math.max(0, round - 1))
}

/**
 * Follows async rows (NCLUE profiles, OMNICOMMERCE products) until they
 * finish or `forMs` passes, through the same pacer as the uploads. Where
 * the service keeps totals and the job took its yardstick, rows are
 * confirmed together (confirm-by-tally.ts); otherwise every round reads
 * each pending row. With `forMs` 0 a service with totals is still asked
 * once, so rows already done end accepted. Rows still pending at the end
 * stay 'pending' with their id, to be asked again later.
 */
export async function trackPending(context: JobContext, forMs: number, everyMs: number, capMs: number = POLL_WAIT_CAP_MS): Promise<void> {
  if (context.adapter.poll === undefined) return
  const baseline = context.follow.baseline
  if (forMs <= 0 && baseline === undefined) return
  const deadline = context.clock.now() + forMs
  let verdict: TallyVerdict = baseline === undefined ? 'poll-each' : 'waiting'
  for (let round = 0; ; round++) {
    if (pendingRows(context).length === 0) return
    // Give the service time to work before each round (and before the first).
    const wait = Math.min(waitBeforeRound(verdict === 'poll-each', round, everyMs, capMs), deadline - context.clock.now())
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
