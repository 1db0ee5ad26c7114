import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../shared/jobs'
import { statusLook } from './job-status'

/** A job's overall status as a word in a coloured pill (the word carries the meaning; the colour only echoes it). */
export function StatusPill({ job }: { job: JobView }): ReactElement {
  const { t } = useTranslation()
  const { word, tone } = statusLook(job)
  return <span className={`pill pill-${tone}`}>{t(`history.status.${word}`)}</span>
}
