import type { ReactNode } from 'react'

/** The least a grid row has: its position among the data rows, its sheet row number, its cells. */
export interface GridRow {
  readonly index: number
  readonly rowNumber: number
  readonly cells: readonly string[]
}

/** One sheet column as the grid heads it. */
export interface GridColumn {
  readonly index: number
  readonly header: string
  /** The column's letter in the source sheet ("E"), shown small above the header as Excel shows it. */
  readonly letter?: string
  /** A second, smaller line under the header, e.g. the field the column feeds. */
  readonly detail?: string
  /** Shown greyed out (a column that is not imported). */
  readonly muted?: boolean
}

/** A problem shown on a cell: outlined, with an icon, and its reason on hover and focus. */
export interface CellMark {
  readonly severity: 'error' | 'warning'
  readonly message: string
}

/** The grid's status column, supplied by each screen that uses the grid (review, upload results). */
export interface StatusColumn<R extends GridRow> {
  readonly header: string
  readonly width?: number
  render(row: R): ReactNode
  /** A problem of the whole row, shown on the status cell like a cell's. */
  mark?(row: R): CellMark | null
}

/** What the grid needs from the screen using it. */
export interface RowGridProps<R extends GridRow> {
  /** The grid's accessible name. */
  readonly label: string
  readonly columns: readonly GridColumn[]
  /** How many rows the list has; pages are asked for lazily within it. */
  readonly rowCount: number
  /** Fetches rows [offset, offset + limit) of the list; rejects when they can't be had. */
  loadPage(offset: number, limit: number): Promise<readonly R[]>
  /** Changing it drops every cached page (the filter changed, or the data changed under the grid). */
  readonly dataVersion: string | number
  /** Changing it fetches the rows in view again, keeping the old ones on screen until then (rows that move on by themselves). */
  readonly refreshVersion?: number
  readonly status: StatusColumn<R>
  cellMark?(row: R, column: number): CellMark | null
  /** Whether a row's cells may be edited (default: not at all). */
  canEdit?(row: R): boolean
  /** Saves a cell; resolves with the rows that changed (the edited one first), rejects to undo. */
  onEdit?(row: R, column: number, value: string): Promise<readonly R[]>
  /** Told which row holds the focused cell, so a panel can show its details. */
  onActiveRowChange?(row: R | null): void
  /** What the grid says when the list is empty. */
  readonly emptyText: string
}
