import { useCallback, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewOverview, ReviewRow } from '../../../../../shared/review'
import { RowGrid, type GridColumn } from '../../../components/row-grid'
import { useFieldLabel } from '../../../i18n/use-localized'
import { useReview, type ReviewList } from './review-store'
import { ReviewStatus } from './ReviewStatus'
import { useReviewMarks } from './use-review-marks'

const canEdit = (): boolean => true

/** Every row of the file in the grid, marked where it is wrong, editable in place. */
export function ReviewGrid({ overview, list, fileName }: { overview: ReviewOverview; list: ReviewList; fileName: string }): ReactElement {
  const { t } = useTranslation()
  const fieldLabel = useFieldLabel(overview.target)
  const { loadPage, editCell, setActiveRow } = useReview()
  const { cellMark, rowMark } = useReviewMarks()
  const columns: GridColumn[] = overview.columns.map((c) => ({
    index: c.index,
    header: c.header,
    detail: c.field !== null ? t('review.grid.feeds', { field: fieldLabel(c.field) }) : c.extraKey !== null ? t('review.grid.extra', { key: c.extraKey }) : t('review.grid.notImported'),
    muted: c.field === null && c.extraKey === null
  }))
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
      emptyText={list.filter === 'attention' ? t('review.emptyAttention') : t('review.emptyFile')}
    />
  )
}
