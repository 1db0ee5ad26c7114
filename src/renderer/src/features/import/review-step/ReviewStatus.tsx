import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewRow } from '../../../../../shared/review'
import { MarkIcon } from '../../../components/row-grid'

/** A row's review state in words and shape: needs attention (with how many problems), ready with a warning, or ready. */
export function ReviewStatus({ row }: { row: ReviewRow }): ReactElement {
  const { t } = useTranslation()
  const errors = row.issues.filter((i) => i.severity === 'error').length
  if (errors > 0) {
    return (
      <span className="row-status row-status-error">
        <MarkIcon kind="error" />
        {t('review.status.attention', { count: errors })}
      </span>
    )
  }
  const warned = row.issues.length > 0
  return (
    <span className={`row-status ${warned ? 'row-status-warning' : 'row-status-ok'}`}>
      <MarkIcon kind={warned ? 'warning' : 'ok'} />
      {t(warned ? 'review.status.warning' : 'review.status.ready')}
    </span>
  )
}
