import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { REVIEW_FILTERS, type ReviewSummary } from '../../../../../shared/review'
import { useReview } from './review-store'

/** All rows / rows needing attention, with their counts, and how to edit a cell. */
export function FilterBar({ summary }: { summary: ReviewSummary }): ReactElement {
  const { t } = useTranslation()
  const { list, setFilter, refreshList } = useReview()
  const counts = { all: summary.total, attention: summary.needsAttention }
  return (
    <>
      <div className="review-toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('review.filter.legend')}</legend>
          {REVIEW_FILTERS.map((filter) => (
            <label key={filter} className={list.filter === filter ? 'selected' : undefined}>
              <input type="radio" name="review-filter" value={filter} checked={list.filter === filter} onChange={() => setFilter(filter)} />
              {t(`review.filter.${filter}`)}
              <span className="segmented-count">{t('review.filter.count', { count: counts[filter] })}</span>
            </label>
          ))}
        </fieldset>
        <p className="field-help review-hint">{t('review.editHint')}</p>
      </div>
      {list.stale ? (
        <div className="notice notice-info review-stale" role="status">
          <span>{t('review.stale')}</span>
          <button type="button" className="button button-small" onClick={refreshList}>
            {t('review.refresh')}
          </button>
        </div>
      ) : null}
    </>
  )
}
