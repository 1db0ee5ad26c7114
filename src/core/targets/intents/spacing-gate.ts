import { NCLUE_RATE_LIMIT_RPS } from '../../services/nclue/assumptions'

/** NCLUE's documented pace (1 request per second) plus the margin the engine also adds for timer jitter. */
export const NCLUE_MIN_INTERVAL_MS = Math.ceil(1000 / NCLUE_RATE_LIMIT_RPS) + 50

/**
 * A gate for NclueClient that starts its requests at least `minIntervalMs`
 * apart, in call order. The engine paces each send, but a send that first
 * has to fetch the task list makes extra requests the engine can't see; the
 * gate keeps those inside NCLUE's 1 request per second as well. The first
 * gap is `coldStartMs` longer: the first request opens the connection, so it
 * reaches NCLUE later after its start than the second one does (see
 * COLD_START_MARGIN_MS in the engine's pacing).
 */
export function spacingGate(minIntervalMs: number, now: () => number = Date.now, coldStartMs = 0): () => Promise<void> {
  let nextAt = 0
  let first = true
  return async () => {
    const t = now()
    const at = Math.max(t, nextAt)
    nextAt = at + minIntervalMs + (first ? coldStartMs : 0)
    first = false
    if (at > t) await new Promise<void>((resolve) => setTimeout(resolve, at - t))
    // A busy machine wakes timers late: space the next request from when this one really left.
    nextAt = Math.max(nextAt, now() + minIntervalMs)
  }
}
