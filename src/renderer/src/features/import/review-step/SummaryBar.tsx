import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewSummary } from '../../../../../shared/review'
import { MarkIcon } from '../../../components/row-grid'
import { useImport } from '../import-store'

/**
 * The counts ("1,204 rows ready · 37 need attention"), announced as they
 * change, and the one next step: send the ready rows, skipping the rest.
 */
export function SummaryBar({ summary }: { summary: ReviewSummary }): ReactElement {
  const { t } = useTranslation()
  const startUpload = useImport((state) => state.startUpload)
  const { ready, needsAttention, warnings } = summary
  const note = ready === 0 ? t('review.nothingReady') : needsAttention > 0 ? t('review.skipNote', { count: needsAttention }) : t('review.allReady')
  return (
    <section className="card card-padded review-summary" aria-label={t('review.summaryLabel')}>
      <p className="review-counts" role="status" aria-live="polite" aria-atomic="true">
        <span className="review-count review-count-ok">
          <MarkIcon kind="ok" size={17} />
          {t('review.ready', { count: ready })}
        </span>
        <span className="review-count-sep" aria-hidden="true">·</span>
        <span className={`review-count ${needsAttention > 0 ? 'review-count-error' : 'review-count-quiet'}`}>
          <MarkIcon kind="error" size={17} />
          {t('review.attention', { count: needsAttention })}
        </span>
        {warnings > 0 ? (
          <>
            <span className="review-count-sep" aria-hidden="true">·</span>
            <span className="review-count review-count-warning">
              <MarkIcon kind="warning" size={17} />
              {t('review.warnings', { count: warnings })}
            </span>
          </>
        ) : null}
      </p>
      <div className="review-send">
        <button type="button" className="button button-primary" disabled={ready === 0} aria-describedby="review-send-note" onClick={startUpload}>
          {t('review.send', { count: ready })}
        </button>
        <p id="review-send-note" className="field-help">
          {note}
        </p>
      </div>
    </section>
  )
}
