import type { JobView } from '../../../../shared/jobs'
import { isEnded } from './row-states'

/** How far a run has got, to compare two views of it: over beats running, then rows settled, then requests made. */
function progressOf(view: JobView): readonly number[] {
  const settled = view.total - view.counts.queued - view.counts['in-flight'] - view.counts.pending
  return [isEnded(view.status) ? 1 : 0, settled, view.requests]
}

/**
 * The later of two views of the same run. A command's answer and the
 * progress events travel separately, so a short job's last event can arrive
 * before the answer that started it: the screen must keep the later one.
 */
export function laterView(a: JobView, b: JobView): JobView {
  const [x, y] = [progressOf(a), progressOf(b)]
  for (let i = 0; i < x.length; i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0) ? a : b
  }
  return b
}
