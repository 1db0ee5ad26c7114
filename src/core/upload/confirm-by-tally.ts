import { commitStatus, type JobContext } from './job-context'
import { setBackStatusRead } from './decide-setback'
import { callContext } from './paced-call'
import { isPacerClosed } from './pacer'
import { pendingRows, pollRows } from './poll-rows'
import type { EarlyTally } from './early-tally'
import type { ServiceTally } from './target-adapter'

/**
 * Where following by the service's totals stands after one round:
 * 'waiting' (ask again later), 'done' (no row pending any more), or
 * 'poll-each' (the totals can't be trusted for this job: read every row).
 */
export type TallyVerdict = 'waiting' | 'done' | 'poll-each'

/**
 * Before the first send of a job whose service keeps totals: reads them
 * once and journals them, the yardstick for confirming rows together
 * later (a resume reuses the journaled one). A read made while the job was
 * prepared (`early`) is used instead, its request counted in the pace. A
 * resumed job that sent rows without a yardstick gets none: its rows are
 * read one by one.
 */
export async function takeBaseline(context: JobContext, journaled: ServiceTally | undefined, early?: Promise<EarlyTally | undefined>): Promise<void> {
  const earlier = await early
  if (earlier !== undefined) context.pacer.noteEarlier(earlier.sentAt)
  const tally = context.adapter.tally
  if (tally === undefined) return
  if (journaled !== undefined) {
    context.follow.baseline = journaled
    return
  }
  if (context.ledger.sentRows > 0 || context.work.unsent().length === 0) return
  const now = earlier?.tally ?? (await readTally(context))
  if (now === undefined) return
  await context.journal.tally(now)
  context.follow.baseline = now
}

/**
 * One round of confirming pending rows together. While the service is
 * still processing anything, one request says so. Once it is idle, the
 * errors it gained since the job's yardstick are this job's failures not
 * yet found: with none, one row (the last one pending) is read as proof
 * that the totals cover this job's work, and every pending row is
 * accepted; with some, rows are read in job order until all of them are
 * found, and the rest are accepted. Totals that went down (another job
 * fixed or deleted products) can't be read that way: 'poll-each'.
 */
export async function confirmByTally(context: JobContext, baseline: ServiceTally): Promise<TallyVerdict> {
  if (pendingRows(context).length === 0) return 'done'
  const now = await readTally(context)
  if (now === undefined || now.processing > 0) return 'waiting'
  const known = failedAtService(context)
  const announced = now.error - baseline.error
  if (announced < known) return 'poll-each'
  const toFind = announced - known
  const rows = pendingRows(context)
  const proof = rows.slice(-1)
  const pass = toFind === 0 ? await pollRows(context, proof) : await pollRows(context, rows, (p) => p.failed >= toFind)
  if (pass.stillPending > 0) return 'waiting' // the totals ran ahead of a row: ask again later
  if (toFind === 0 && pass.failed > 0) return 'poll-each' // a failure the totals did not show: someone else's fix hid it
  if (pass.failed < toFind) return pass.notAsked > 0 ? 'waiting' : 'poll-each'
  const rest = pendingRows(context)
  await commitStatus(context, rest.map((row) => ({ index: row.index, state: 'accepted' as const, remoteId: row.remoteId })))
  return 'done'
}

/** The service's totals now, or undefined when they could not be read (reported as a setback). */
async function readTally(context: JobContext): Promise<ServiceTally | undefined> {
  const tally = context.adapter.tally
  if (tally === undefined) return undefined
  try {
    return await tally.call(context.adapter, callContext(context))
  } catch (error) {
    if (isPacerClosed(error)) return undefined
    setBackStatusRead(context, error)
    return undefined
  }
}

/** Rows of this job the service itself ended in error (a failure at sending carries no service id). */
function failedAtService(context: JobContext): number {
  let count = 0
  for (const index of context.ledger.indexesIn('failed')) if (context.ledger.get(index).remoteId !== undefined) count++
  return count
}
