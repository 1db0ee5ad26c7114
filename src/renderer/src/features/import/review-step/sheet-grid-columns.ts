import { useTranslation } from 'react-i18next'
import type { ReviewColumn } from '../../../../../shared/review'
import type { TargetId } from '../../../../../shared/targets'
import type { GridColumn } from '../../../components/row-grid'
import { useFieldLabel } from '../../../i18n/use-localized'

/** The sheet's columns as a row grid heads them: the sheet letter, the header, what it feeds underneath, and greyed out when not imported. */
export function useSheetGridColumns(target: TargetId, columns: readonly ReviewColumn[]): GridColumn[] {
  const { t } = useTranslation()
  const fieldLabel = useFieldLabel(target)
  return columns.map((c) => ({
    index: c.index,
    header: c.header,
    letter: c.letter,
    detail: c.field !== null ? t('review.grid.feeds', { field: fieldLabel(c.field) }) : c.extraKey !== null ? t('review.grid.extra', { key: c.extraKey }) : t('review.grid.notImported'),
    muted: c.field === null && c.extraKey === null
  }))
}
