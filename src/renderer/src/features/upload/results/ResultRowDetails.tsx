import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import type { ReviewColumn } from '../../../../../shared/review'
import { MarkIcon } from '../../../components/row-grid'
import { useFormat } from '../../../i18n/use-format'
import { IssueList } from '../../import/review-step/IssueList'
import { isEnded } from '../row-states'
import { ReasonText } from './ReasonText'
import type { ResultRow } from './results-store'
import { RowState } from './RowState'
import { shownState } from './row-words'

/** A row changed here: its remaining problems, or that it is ready to go with the change. */
function ChangeNote({ row, job, columns }: { row: ResultRow; job: JobView; columns: readonly ReviewColumn[] }): ReactElement | null {
  const { t } = useTranslation()
  if (row.edit === null) return null
  const errors = row.edit.issues.some((i) => i.severity === 'error')
  return (
    <div className="results-change">
      <p className={errors ? 'issue issue-error-lead' : 'issue-ok'}>
        <MarkIcon kind={errors ? 'error' : 'ok'} />
        {errors ? t('results.details.changedProblems') : t('results.details.changed')}
      </p>
      {row.edit.issues.length > 0 ? <IssueList issues={row.edit.issues} target={job.target} columns={columns} /> : null}
    </div>
  )
}

/**
 * The row holding the focused cell: its result and why, the service's id
 * for it, a change made here, and its earlier attempts (from the uploads
 * this one sent it again after), each with its reason. Announced as it changes.
 */
export function ResultRowDetails({ row, job, columns }: { row: ResultRow | null; job: JobView; columns: readonly ReviewColumn[] }): ReactElement {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <section className="card card-padded review-details results-details" aria-labelledby="results-details-title">
      <div aria-live="polite" aria-atomic="true" className="review-details-body">
        {row === null ? (
          <>
            <h2 id="results-details-title" className="card-title">
              {t('results.details.heading')}
            </h2>
            <p className="field-help">{t('results.details.none')}</p>
          </>
        ) : (
          <>
            <h2 id="results-details-title" className="card-title">
              {t('results.details.title', { row: row.rowNumber })}
            </h2>
            <p className="results-outcome">
              <RowState state={shownState(row.state, isEnded(job.status))} />
              {row.remoteId ? <span className="muted">{t('results.details.remoteId', { id: row.remoteId })}</span> : null}
            </p>
            {row.reason ? <ReasonText reason={row.reason} /> : null}
            <ChangeNote row={row} job={job} columns={columns} />
            {row.attempts.length > 0 ? (
              <div className="results-attempts">
                <h3 className="results-action-title">{t('results.details.attempts')}</h3>
                <ol className="attempt-list">
                  {row.attempts.map((attempt) => (
                    <li key={attempt.jobId} className="attempt">
                      <span className="attempt-time">{format.dateTime(attempt.at)}</span>
                      <RowState state={shownState(attempt.state, true)} />
                      {attempt.reason ? <ReasonText reason={attempt.reason} /> : null}
                    </li>
                  ))}
                </ol>
              </div>
            ) : null}
          </>
        )}
      </div>
    </section>
  )
}
