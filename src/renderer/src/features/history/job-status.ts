import type { JobView } from '../../../../shared/jobs'
import { isEnded } from '../upload/row-states'
import { isSending, problemCount } from '../upload/results/row-words'

/** How a job's status reads in a list: a word (a key under history.status) and the pill's colour. */
export interface StatusLook {
  readonly word: 'sending' | 'paused' | 'stopping' | 'processing' | 'done' | 'attention' | 'stopped' | 'interrupted'
  readonly tone: 'ok' | 'warn' | 'error' | 'neutral' | 'info'
}

/** A job's status as History shows it: what happened overall, not only the engine's state. */
export function statusLook(job: JobView): StatusLook {
  if (job.resumable) return { word: 'interrupted', tone: 'error' }
  if (job.status === 'paused') return { word: 'paused', tone: 'warn' }
  if (job.status === 'cancelling') return { word: 'stopping', tone: 'neutral' }
  if (isSending(job)) return { word: 'sending', tone: 'info' }
  if (problemCount(job) > 0 || (isEnded(job.status) && job.counts.queued > 0)) return { word: 'attention', tone: 'warn' }
  if (job.status === 'cancelled') return { word: 'stopped', tone: 'neutral' }
  if (job.counts.pending > 0) return { word: 'processing', tone: 'info' }
  return { word: 'done', tone: 'ok' }
}
