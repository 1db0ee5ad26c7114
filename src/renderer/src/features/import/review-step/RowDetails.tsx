import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewIssue, ReviewOverview, ReviewRow } from '../../../../../shared/review'
import { MarkIcon } from '../../../components/row-grid'
import { useFieldLabel, useLocalized } from '../../../i18n/use-localized'

/** Every problem of the row holding the focused cell, each with where to fix it; announced as it changes. */
export function RowDetails({ row, overview }: { row: ReviewRow | null; overview: ReviewOverview }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const fieldLabel = useFieldLabel(overview.target)
  const where = (issue: ReviewIssue): string => {
    if (issue.column !== null) return overview.columns[issue.column]?.header || `#${issue.column + 1}`
    return issue.field === null ? t('review.details.wholeRow') : t('review.details.fixedValue', { field: fieldLabel(issue.field) })
  }
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
              <ul className="issue-list">
                {row.issues.map((issue, n) => (
                  <li key={n} className={`issue issue-${issue.severity}`}>
                    <MarkIcon kind={issue.severity} />
                    <span className="issue-where">{where(issue)}</span>
                    <span>{localized(issue.message)}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  )
}
