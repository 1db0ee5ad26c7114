import type { CSSProperties, FocusEvent, MouseEvent, ReactElement, ReactNode } from 'react'
import { CellEditor, type EditEnd } from './CellEditor'
import { MarkIcon } from './MarkIcon'
import type { CellMark } from './types'

/** What a body cell needs to report back to the grid. */
export interface CellEvents {
  focus(position: string, element: HTMLElement, mark: CellMark | null): void
  blur(): void
  hover(element: HTMLElement, mark: CellMark | null): void
  leave(): void
  startEdit(position: string): void
  endEdit(position: string, end: EditEnd): void
}

/** Words a cell says to screen readers and while empty. */
export interface CellWords {
  readonly empty: string
  readonly error: string
  readonly warning: string
}

/** The parts of a cell that depend on the grid's state. */
export interface CellState {
  /** "row:col" in grid positions, how the grid finds and names the cell. */
  readonly position: string
  readonly colIndex: number
  readonly active: boolean
  readonly mark: CellMark | null
  /** The content already shows the mark's shape (a status), so the cell adds no icon of its own. */
  readonly ownIcon?: boolean
  readonly muted?: boolean
  readonly saving?: boolean
  /** The row number is the row's header; every other cell is a plain cell. */
  readonly role?: 'gridcell' | 'rowheader'
  readonly className?: string
  readonly style?: CSSProperties
  /** Set while the cell is being edited: the text box's first value and label. */
  readonly editing?: { readonly initial: string; readonly label: string; readonly replace: boolean } | null
}

/**
 * One cell of the grid body: a sheet cell's text (or the row number, or the
 * status), and when it has a problem an outline, an icon and the reason
 * (visible on hover and focus, and read out with the cell). Focusable by the
 * grid's roving tabindex; a sheet cell turns into a text box to edit.
 */
export function GridCell({ children, state, events, words }: { children: ReactNode; state: CellState; events: CellEvents; words: CellWords }): ReactElement {
  const { position, mark, editing } = state
  const className = ['rg-cell', state.className ?? '', mark ? `rg-${mark.severity}` : '', state.muted ? 'rg-muted' : '', state.saving ? 'rg-saving' : '', editing ? 'rg-editing' : '']
  return (
    <div
      role={state.role ?? 'gridcell'}
      style={state.style}
      aria-colindex={state.colIndex}
      aria-invalid={mark?.severity === 'error' ? true : undefined}
      tabIndex={state.active ? 0 : -1}
      data-cell={position}
      className={className.filter(Boolean).join(' ')}
      onFocus={(event: FocusEvent<HTMLDivElement>) => event.target === event.currentTarget && events.focus(position, event.currentTarget, mark)}
      onBlur={(event: FocusEvent<HTMLDivElement>) => event.target === event.currentTarget && events.blur()}
      onMouseEnter={(event: MouseEvent<HTMLDivElement>) => events.hover(event.currentTarget, mark)}
      onMouseLeave={events.leave}
      onDoubleClick={() => events.startEdit(position)}
    >
      {editing ? (
        <CellEditor initial={editing.initial} label={editing.label} replace={editing.replace} onEnd={(end) => events.endEdit(position, end)} />
      ) : (
        <>
          {mark && !state.ownIcon ? <MarkIcon kind={mark.severity} /> : null}
          <span className="rg-text">{children === '' && mark ? <span className="rg-empty">{words.empty}</span> : children}</span>
          {mark ? <span className="visually-hidden">{`${mark.severity === 'error' ? words.error : words.warning}: ${mark.message}`}</span> : null}
        </>
      )}
    </div>
  )
}
