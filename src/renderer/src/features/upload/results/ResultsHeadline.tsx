import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { useFormat } from '../../../i18n/use-format'
import { isEnded } from '../row-states'
import { JobCounts } from './JobCounts'
import { useResultsAnnouncement } from './use-results-announcement'
import { useConnectionName } from '../../connections/use-connection-name'

/**
 * The outcome at a glance: where the rows went, and every row counted once
 * in words and numbers that add up to the rows in the upload. While the
 * service is still processing rows, says so: they update by themselves.
 */
export function ResultsHeadline({ job }: { job: JobView }): ReactElement {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const format = useFormat()
  const announcement = useResultsAnnouncement(job)
  const tracking = !isEnded(job.status) && job.counts.pending > 0
  return (
    <section className="card card-padded results-headline" aria-labelledby="results-title">
      <div>
        <h2 id="results-title" className="card-title">
          {tracking ? t('results.headline.tracking') : t(`upload.status.${job.status}`)}
        </h2>
        <p className="muted">{t('results.headline.meta', { fileName: job.fileName, connection: connectionName(job.connectionId, job.connectionName), time: format.dateTime(job.createdAt) })}</p>
        {job.parentJobId !== null ? <p className="field-help results-resent-note">{t('results.headline.resent')}</p> : null}
      </div>
      <p className="results-counts">
        <JobCounts job={job} />
      </p>
      <p className="muted results-total">{t('results.total', { count: job.total })}</p>
      {tracking ? <p className="notice notice-info">{t('results.headline.trackingNote', { count: job.counts.pending })}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}
