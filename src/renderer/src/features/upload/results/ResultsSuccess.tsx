import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { StateIcon } from './StateIcon'
import { useResultsAnnouncement } from './use-results-announcement'
import { useConnectionName } from '../../connections/use-connection-name'

/** Everything went through: a calm confirmation and the one next step. */
export function ResultsSuccess({ job, onNewImport }: { job: JobView; onNewImport?: () => void }): ReactElement {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const announcement = useResultsAnnouncement(job)
  return (
    <section className="card results-success" aria-labelledby="results-title">
      <div className="results-success-icon">
        <StateIcon state="accepted" size={26} />
      </div>
      <div className="results-success-text">
        <h2 id="results-title">{t('results.success.title')}</h2>
        <p>{t('results.success.body', { count: job.total, fileName: job.fileName, connection: connectionName(job.connectionId, job.connectionName) })}</p>
      </div>
      {onNewImport ? (
        <button type="button" className="button button-primary" onClick={onNewImport}>
          {t('results.another')}
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}
