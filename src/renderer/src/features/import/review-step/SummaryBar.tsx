import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewSummary } from '../../../../../shared/review'
import { MarkIcon } from '../../../components/row-grid'
import { useImport } from '../import-store'

/**
 * The counts ("1,204 rows ready · 37 need attention"), announced as they
 * change, and the one next step: send the ready rows, skipping the rest.
 * While a large file is still being checked the counts grow, a bar shows
 * how far checking is, and sending waits until every row is checked.
 */
export function SummaryBar({ summary }: { summary: ReviewSummary }): ReactElement {
  const { t } = useTranslation()
  const { ready, needsAttention, warnings, checked, total } = summary
  const checking = checked < total
  const note = ready === 0 ? t('review.nothingReady') : needsAttention > 0 ? t('review.skipNote', { count: needsAttention }) : t('review.allReady')
  return (
    <section className="card card-padded review-summary" aria-label={t('review.summaryLabel')}>
      <p className="review-counts" role="status" aria-live={checking ? 'off' : 'polite'} aria-atomic="true">
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
      {checking ? (
        <div className="review-checking-rest">
          <span className="review-checking-count">{t('review.checkingRest', { checked, total })}</span>
          <progress max={total} value={checked} aria-label={t('review.checkingRest', { checked, total })} />
          <span className="field-help">{t('review.checkingNote')}</span>
        </div>
      ) : (
        <SendReady ready={ready} note={note} />
      )}
    </section>
  )
}

/** The Send button for the ready rows, with what happens to the others. */
function SendReady({ ready, note }: { ready: number; note: string }): ReactElement {
  const { t } = useTranslation()
  const startUpload = useImport((state) => state.startUpload)
  return (
    <div className="review-send">
      <button type="button" className="button button-primary" disabled={ready === 0} aria-describedby="review-send-note" onClick={startUpload}>
        {t('review.send', { count: ready })}
      </button>
      <p id="review-send-note" className="field-help">
        {note}
      </p>
    </div>
  )
}
