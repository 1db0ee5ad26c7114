import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { isEnded } from '../row-states'
import { countParts } from './row-words'

/**
 * What a screen reader hears on the results: the outcome in words when the
 * upload's stage changes (sending → following at the service → over), not
 * at every count, so it is told once and not interrupted.
 */
export function useResultsAnnouncement(job: JobView): string {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const last = useRef('')
  const stage = `${job.jobId}:${job.status}:${isEnded(job.status) || job.counts.pending === 0}`
  useEffect(() => {
    if (stage === last.current) return
    last.current = stage
    const counts = countParts(job)
      .map((part) => t(`results.counts.${part.shown}`, { count: part.count }))
      .join(', ')
    setText(t('results.announce', { status: t(`upload.status.${job.status}`), counts }))
  }, [stage, job, t])
  return text
}
