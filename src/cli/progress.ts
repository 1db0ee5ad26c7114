import type { JobView } from '../shared/jobs'
import type { Language } from '../shared/text'
import { formatCount, formatDuration } from './format'
import type { Translate } from './i18n'
import type { Output } from './output'

/** Without a terminal, a plain progress line at most this often (logs stay short). */
export const PLAIN_PROGRESS_EVERY_MS = 5000

/** Rows whose outcome is settled for now (sent and answered, or not sendable). */
function settledRows(view: JobView): number {
  const c = view.counts
  return c.invalid + c.accepted + c.failed + c.pending + c.unknown
}

function etaText(view: JobView, t: Translate): string {
  if (view.etaMs === null) return t('eta-none')
  if (view.etaMs === 0 && view.counts.pending > 0) return t('eta-tracking')
  return t('eta-left', { time: formatDuration(view.etaMs, t) })
}

/** The counts a progress line shows: always the accepted rows, the others once there are some. */
const SHOWN_COUNTS = ['accepted', 'failed', 'unknown', 'pending'] as const

/** One progress line, short enough for a terminal: rows done, counts, request rate and time left. */
export function progressLine(view: JobView, t: Translate, language: Language): string {
  const n = (value: number) => formatCount(value, language)
  const counts = SHOWN_COUNTS.filter((state) => state === 'accepted' || view.counts[state] > 0).map((state) => t(`progress.${state}`, { n: n(view.counts[state]) }))
  return t('progress', { done: n(settledRows(view)), total: n(view.total), counts: counts.join(' · '), rate: view.ratePerSecond.toFixed(1), eta: etaText(view, t) })
}

/**
 * Shows a running job's progress on stderr: on a terminal one line
 * rewritten at every event; otherwise a plain line every few seconds.
 */
export function progressReporter(out: Output, t: Translate, language: Language, now: () => number = Date.now): (view: JobView) => void {
  let lastPlain = now()
  return (view) => {
    if (!out.interactive) {
      if (now() - lastPlain < PLAIN_PROGRESS_EVERY_MS) return
      lastPlain = now()
    }
    out.progress(progressLine(view, t, language))
  }
}
