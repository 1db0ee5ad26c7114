import { useCallback, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import type { ReviewColumn } from '../../../../../shared/review'
import { RowGrid, type CellMark } from '../../../components/row-grid'
import { useLocalized } from '../../../i18n/use-localized'
import { useSheetGridColumns } from '../../import/review-step/sheet-grid-columns'
import { useReviewMarks } from '../../import/review-step/use-review-marks'
import { isEnded } from '../row-states'
import { useResults, type ResultRow, type ResultsList } from './results-store'
import { RowState } from './RowState'
import { FIXABLE_STATES, shownState } from './row-words'

/** Rows the service may still have applied, or that were never tried, are a note; refusals and rows to fix are errors. */
const NOTE_STATES = new Set(['unknown', 'queued', 'in-flight'])

/** The grid's empty text for a list. */
function useEmptyText(list: ResultsList): string {
  const { t } = useTranslation()
  if (list.group !== null) return t('results.grid.emptyGroup')
  if (list.filter === 'problems') return t('results.grid.emptyProblems')
  return list.filter === 'all' ? t('results.grid.emptyAll') : t('results.grid.emptyFilter')
}

/**
 * The job's rows with each one's result: the state in the status column
 * (word and icon, its reason on hover and focus), the cells as sent — or as
 * changed here since, marked where they still need fixing. Rows to fix can
 * be edited when the open file holds them.
 */
export function ResultsGrid({ job, columns, list }: { job: JobView; columns: readonly ReviewColumn[]; list: ResultsList }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { loadPage, editCell, setActiveRow, session } = useResults()
  const { cellMark } = useReviewMarks()
  const gridColumns = useSheetGridColumns(job.target, columns)
  const emptyText = useEmptyText(list)
  const ended = isEnded(job.status)
  const render = useCallback((row: ResultRow) => <RowState state={shownState(row.state, ended)} note={row.edit ? t('results.grid.changed') : undefined} />, [ended, t])
  const mark = (row: ResultRow): CellMark | null =>
    row.reason === null ? null : { severity: NOTE_STATES.has(row.state) ? 'warning' : 'error', message: localized(row.reason.message) }
  const canEdit = (row: ResultRow): boolean => session !== null && FIXABLE_STATES.has(row.state) && (row.state !== 'queued' || ended)
  return (
    <RowGrid<ResultRow>
      key={`${job.jobId}:${list.filter}:${list.group?.key ?? ''}`}
      label={t('results.grid.label', { fileName: job.fileName })}
      columns={gridColumns}
      rowCount={list.count}
      loadPage={loadPage}
      dataVersion={list.version}
      refreshVersion={list.refresh}
      status={{ header: t('results.grid.status'), width: 200, render, mark }}
      cellMark={(row, column) => (row.edit ? cellMark(row.edit, column) : null)}
      canEdit={canEdit}
      onEdit={editCell}
      onActiveRowChange={setActiveRow}
      emptyText={emptyText}
    />
  )
}
