import { useCallback, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewOverview, ReviewRow } from '../../../../../shared/review'
import { RowGrid } from '../../../components/row-grid'
import { useReview, type ReviewList } from './review-store'
import { ReviewStatus } from './ReviewStatus'
import { useSheetGridColumns } from './sheet-grid-columns'
import { useReviewMarks } from './use-review-marks'

const canEdit = (): boolean => true

/** Every row of the file in the grid, marked where it is wrong, editable in place. */
export function ReviewGrid({ overview, list, fileName }: { overview: ReviewOverview; list: ReviewList; fileName: string }): ReactElement {
  const { t } = useTranslation()
  const { loadPage, editCell, setActiveRow } = useReview()
  const { cellMark, rowMark } = useReviewMarks()
  const columns = useSheetGridColumns(overview.target, overview.columns)
  const render = useCallback((row: ReviewRow) => <ReviewStatus row={row} />, [])
  return (
    <RowGrid<ReviewRow>
      key={list.filter}
      label={t('review.grid.label', { fileName })}
      columns={columns}
      rowCount={list.count}
      loadPage={loadPage}
      dataVersion={list.version}
      status={{ header: t('review.grid.status'), render, mark: rowMark }}
      cellMark={cellMark}
      canEdit={canEdit}
      onEdit={editCell}
      onActiveRowChange={setActiveRow}
      emptyText={list.filter === 'attention' ? t(overview.summary.checked < overview.summary.total ? 'review.checkingAttention' : 'review.emptyAttention') : t('review.emptyFile')}
    />
  )
}
