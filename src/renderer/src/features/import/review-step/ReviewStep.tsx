import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../../shared/import-view'
import { useFailureText } from '../../../i18n/use-localized'
import { useImport } from '../import-store'
import { FilterBar } from './FilterBar'
import { useReview } from './review-store'
import { ReviewGrid } from './ReviewGrid'
import { RowDetails } from './RowDetails'
import { SummaryBar } from './SummaryBar'

/** The Review step: every row checked, problems marked where they are, fixed in place, then sent. */
export function ReviewStep({ view }: { view: ImportView }): ReactElement {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const goTo = useImport((state) => state.goTo)
  const { open, overview, list, loading, failure, activeRow } = useReview()
  useEffect(() => {
    void open(view.sessionId)
  }, [open, view.sessionId])

  return (
    <>
      {failure ? (
        <p role="alert" className="notice notice-error">
          {failureText(failure)}
        </p>
      ) : null}
      {overview && !loading ? (
        <>
          <SummaryBar summary={overview.summary} />
          <FilterBar summary={overview.summary} />
          <ReviewGrid overview={overview} list={list} fileName={view.info.fileName} />
          <RowDetails row={activeRow} overview={overview} />
        </>
      ) : loading ? (
        <p className="card card-padded review-checking" role="status">
          {t('review.checking', { count: view.rowCount })}
        </p>
      ) : null}
      <div className="step-footer">
        <button type="button" className="button" onClick={() => goTo('map')}>
          {t('review.back')}
        </button>
      </div>
    </>
  )
}
