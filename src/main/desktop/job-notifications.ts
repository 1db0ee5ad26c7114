import type { EventBus } from '../../core/app/event-bus'
import type { JobView } from '../../shared/jobs'
import type { Language } from '../../shared/text'
import { DESKTOP_TEXTS } from './desktop-texts'

/** Shows one desktop notification (Electron's Notification in the app, a fake in tests). */
export type Notify = (title: string, body: string) => void

const ENDED = new Set<JobView['status']>(['finished', 'cancelled', 'halted'])

/** The notification for a job that ended, in the interface language. */
export function endNotice(view: JobView, language: Language): { title: string; body: string } {
  const texts = DESKTOP_TEXTS[language]
  const title = view.status === 'finished' ? texts.finishedTitle : view.status === 'cancelled' ? texts.cancelledTitle : texts.haltedTitle
  const problems = view.counts.invalid + view.counts.failed + view.counts.unknown
  return { title: `${title} — ${view.fileName}`, body: texts.summary(view.counts.accepted, problems, view.counts.pending) }
}

/**
 * Tells staff when an upload ends, so they can work elsewhere meanwhile:
 * one notification per job run, with what went through and what needs
 * attention. Returns the function that stops watching.
 */
export function notifyWhenJobsEnd(events: EventBus, notify: Notify, language: () => Promise<Language>): () => void {
  const told = new Set<string>()
  return events.subscribe((event, payload) => {
    if (event !== 'jobs:progress') return
    const view = payload as JobView
    const key = `${view.jobId}:${view.status}:${view.requests}`
    if (!ENDED.has(view.status) || told.has(key)) return
    told.add(key)
    void language().then((lang) => {
      const notice = endNotice(view, lang)
      notify(notice.title, notice.body)
    })
  })
}
