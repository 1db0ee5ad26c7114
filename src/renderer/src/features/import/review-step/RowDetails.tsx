import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewOverview, ReviewRow } from '../../../../../shared/review'
import { MarkIcon } from '../../../components/row-grid'
import { IssueList } from './IssueList'

/** Every problem of the row holding the focused cell, each with where to fix it; announced as it changes. */
export function RowDetails({ row, overview }: { row: ReviewRow | null; overview: ReviewOverview }): ReactElement {
  const { t } = useTranslation()
  return (
    <section className="card card-padded review-details" aria-labelledby="review-details-title">
      <div aria-live="polite" aria-atomic="true" className="review-details-body">
        {row === null ? (
          <>
            <h2 id="review-details-title" className="card-title">{t('review.details.heading')}</h2>
            <p className="field-help">{t('review.details.none')}</p>
          </>
        ) : (
          <>
            <h2 id="review-details-title" className="card-title">{t('review.details.title', { row: row.rowNumber })}</h2>
            {row.issues.length === 0 ? (
              <p className="issue issue-ok">
                <MarkIcon kind="ok" />
                {t('review.details.ready')}
              </p>
            ) : (
              <IssueList issues={row.issues} target={overview.target} columns={overview.columns} />
            )}
          </>
        )}
      </div>
    </section>
  )
}
