import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlacedColumn } from './GridBodyRow'
import { HEADER_HEIGHT, LEADING_COLUMNS, ROW_NUMBER_WIDTH } from './layout'
import type { GridColumn } from './types'

/** The grid's sticky header row: row number, status, and the sheet's headers in view, each under its sheet letter and over what it feeds. */
export function GridHeader(props: {
  columns: readonly GridColumn[]
  placed: readonly PlacedColumn[]
  width: number
  statusWidth: number
  statusHeader: string
}): ReactElement {
  const { t } = useTranslation()
  return (
    <div role="row" aria-rowindex={1} className="rg-row rg-head" style={{ width: props.width, height: HEADER_HEIGHT }}>
      <div role="columnheader" aria-colindex={1} className="rg-cell rg-sticky rg-rownum" style={{ left: 0, width: ROW_NUMBER_WIDTH }}>
        {t('review.grid.row')}
      </div>
      <div role="columnheader" aria-colindex={2} className="rg-cell rg-sticky rg-status" style={{ left: ROW_NUMBER_WIDTH, width: props.statusWidth }}>
        {props.statusHeader}
      </div>
      {props.placed.map((vc) => {
        const column = props.columns[vc.index]
        if (!column) return null
        const name = column.header === '' ? `#${column.index + 1}` : column.header
        const letter = column.letter ?? ''
        const title = [letter === '' ? name : t('review.grid.columnTitle', { letter, name }), column.detail].filter(Boolean).join(' — ')
        return (
          <div
            key={vc.index}
            role="columnheader"
            aria-colindex={vc.index + LEADING_COLUMNS + 1}
            className={`rg-cell rg-colhead${column.muted ? ' rg-muted' : ''}`}
            style={{ width: vc.size, marginLeft: vc.gap }}
            title={title}
          >
            {letter !== '' ? <span className="rg-colletter">{letter}</span> : null}
            <span className="rg-colname">{name}</span>
            {column.detail ? <span className="rg-coldetail">{column.detail}</span> : null}
          </div>
        )
      })}
    </div>
  )
}
