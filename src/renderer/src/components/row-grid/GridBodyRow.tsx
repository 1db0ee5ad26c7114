import type { ReactElement } from 'react'
import { GridCell, type CellEvents, type CellWords } from './GridCell'
import type { GridPosition } from './grid-keys'
import { LEADING_COLUMNS, ROW_HEIGHT, ROW_NUMBER_WIDTH } from './layout'
import type { CellMark, GridColumn, GridRow, StatusColumn } from './types'

/** The cell being edited, where it is and how its text box starts. */
export interface EditingCell {
  readonly row: number
  readonly col: number
  readonly initial: string
  readonly replace: boolean
}

/** Everything one body row needs from the grid. */
export interface BodyRowProps<R extends GridRow> {
  readonly position: number
  readonly row: R | undefined
  readonly start: number
  readonly width: number
  readonly columns: readonly GridColumn[]
  readonly placed: readonly PlacedColumn[]
  readonly statusWidth: number
  readonly status: StatusColumn<R>
  readonly cellMark?: (row: R, column: number) => CellMark | null
  readonly active: GridPosition
  readonly editing: EditingCell | null
  /** Values saved but not yet confirmed, by "index:col". */
  readonly pending: ReadonlyMap<string, string>
  readonly events: CellEvents
  readonly words: CellWords & { readonly loading: string; editLabel(column: string, rowNumber: number): string }
}

/** A sheet column in view: which one, how wide, and the room to leave before it (columns skipped). */
export interface PlacedColumn {
  readonly index: number
  readonly size: number
  readonly gap: number
}

/** The key of a cell's value while its save is on its way. */
export function pendingKey(index: number, col: number): string {
  return `${index}:${col}`
}

/**
 * One row of the grid body at its fixed place: the sticky row number and
 * status, then the sheet cells in view (columns off screen are skipped,
 * their room kept as a margin). A row whose page is still loading shows
 * placeholders.
 */
export function GridBodyRow<R extends GridRow>(props: BodyRowProps<R>): ReactElement {
  const { position, row, active, editing, events, words } = props
  const isActiveRow = active.row === position
  const state = (col: number) => ({ position: `${position}:${col}`, colIndex: col + 1, active: isActiveRow && active.col === col })
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-busy={row === undefined ? true : undefined}
      className={`rg-row${isActiveRow ? ' rg-row-active' : ''}`}
      style={{ transform: `translateY(${props.start}px)`, width: props.width, height: ROW_HEIGHT }}
    >
      <GridCell state={{ ...state(0), mark: null, role: 'rowheader', className: 'rg-sticky rg-rownum', style: { left: 0, width: ROW_NUMBER_WIDTH } }} events={events} words={words}>
        {row?.rowNumber ?? '…'}
      </GridCell>
      <GridCell
        state={{ ...state(1), mark: row ? (props.status.mark?.(row) ?? null) : null, ownIcon: true, className: 'rg-sticky rg-status', style: { left: ROW_NUMBER_WIDTH, width: props.statusWidth } }}
        events={events}
        words={words}
      >
        {row ? props.status.render(row) : <span className="rg-skeleton">{words.loading}</span>}
      </GridCell>
      {props.placed.map((vc) => {
        const column = props.columns[vc.index]
        const col = vc.index + LEADING_COLUMNS
        if (!column) return null
        if (!row) return <div key={vc.index} role="gridcell" aria-colindex={col + 1} className="rg-cell" style={{ width: vc.size, marginLeft: vc.gap }}><span className="rg-skeleton" /></div>
        const pending = props.pending.get(pendingKey(row.index, col))
        const isEditing = editing !== null && editing.row === position && editing.col === col
        return (
          <GridCell
            key={vc.index}
            state={{
              ...state(col),
              mark: pending === undefined ? (props.cellMark?.(row, column.index) ?? null) : null,
              muted: column.muted,
              saving: pending !== undefined,
              style: { width: vc.size, marginLeft: vc.gap },
              editing: isEditing ? { initial: editing.initial, replace: editing.replace, label: words.editLabel(column.header, row.rowNumber) } : null
            }}
            events={events}
            words={words}
          >
            {pending ?? row.cells[column.index] ?? ''}
          </GridCell>
        )
      })}
    </div>
  )
}
