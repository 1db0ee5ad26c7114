import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../shared/jobs'
import { HistoryRow } from './HistoryRow'

/** Every upload, newest first, a row each. */
export function HistoryTable({ jobs, onContinue }: { jobs: readonly JobView[]; onContinue(job: JobView): void }): ReactElement {
  const { t } = useTranslation()
  const byId = new Map(jobs.map((job) => [job.jobId, job]))
  return (
    <section className="card history-list" aria-labelledby="history-list-title">
      <h2 id="history-list-title" className="visually-hidden">
        {t('history.listTitle')}
      </h2>
      <table className="table history-table">
        <thead>
          <tr>
            <th scope="col">{t('history.columns.upload')}</th>
            <th scope="col">{t('history.columns.rows')}</th>
            <th scope="col">{t('history.columns.when')}</th>
            <th scope="col">{t('history.columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('history.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <HistoryRow key={job.jobId} job={job} parent={job.parentJobId === null ? undefined : byId.get(job.parentJobId)} onContinue={onContinue} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
