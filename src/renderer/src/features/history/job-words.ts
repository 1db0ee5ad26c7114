import { useTranslation } from 'react-i18next'
import { CATALOGS } from '../../../../shared/catalog'
import type { JobView } from '../../../../shared/jobs'
import { useFormat } from '../../i18n/use-format'
import { useLocalized } from '../../i18n/use-localized'

/** How History names a job: what it imported as, when, how long it took, and which upload it sent again. */
export function useJobWords(): {
  target(job: JobView): string
  started(job: JobView): string
  took(job: JobView): string
  resendOf(job: JobView, parent: JobView | undefined): string | null
} {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  return {
    target: (job) => localized(CATALOGS[job.target].label),
    started: (job) => format.dateTime(job.createdAt),
    took: (job) => t('history.took', { duration: format.duration(job.durationMs) }),
    resendOf(job, parent) {
      if (job.parentJobId === null) return null
      return parent ? t('history.resendOf', { fileName: parent.fileName, time: format.dateTime(parent.createdAt) }) : t('history.resendOfGone')
    }
  }
}
