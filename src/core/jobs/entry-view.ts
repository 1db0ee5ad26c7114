import type { JobView } from '../../shared/jobs'
import { replayedCounts } from '../journal'
import type { JobProgress } from '../upload'
import type { JobEntry } from './job-record'
import { jobView } from './job-view'

/**
 * A job entry as the screen and the CLI see it, wherever its numbers come
 * from: the summary of a run that just ended, the engine's live progress,
 * or the journal of a past job (or of one another process runs now).
 */
export function entryView(entry: JobEntry, progress?: JobProgress): JobView {
  if (entry.handle !== undefined) {
    if (entry.summary !== undefined) {
      const s = entry.summary
      return jobView(entry.facts, { status: s.status, counts: s.counts, sentRows: s.sentRows, requests: s.requests, durationMs: s.durationMs, problem: s.problem ?? null })
    }
    const p = progress ?? entry.handle.progress()
    return jobView(entry.facts, {
      status: p.status,
      counts: p.counts,
      pauseMessage: p.pause?.message ?? null,
      sentRows: p.sentRows,
      requests: p.requests,
      ratePerSecond: p.ratePerSecond,
      etaMs: p.etaMs,
      ...(p.confirming !== undefined ? { confirming: p.confirming } : {}),
      durationMs: Date.now() - (entry.startedAt ?? Date.now())
    })
  }
  const replayed = entry.replayed
  const counts = replayed === undefined ? { queued: 0, inFlight: 0, accepted: 0, failed: 0, pending: 0, unknown: 0 } : replayedCounts(replayed)
  const end = replayed?.end
  return jobView(entry.facts, {
    status: end?.status ?? (entry.runningElsewhere === true ? 'running' : 'interrupted'),
    counts,
    sentRows: replayed === undefined ? 0 : [...replayed.rows.values()].filter((r) => r.sent).length,
    requests: end?.requests ?? 0,
    durationMs: end?.durationMs ?? 0
  })
}
