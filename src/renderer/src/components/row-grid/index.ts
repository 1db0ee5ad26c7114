/** The virtualized row grid shared by the Review and Upload steps. */
export { RowGrid } from './RowGrid'
export { MarkIcon } from './MarkIcon'
export type { CellMark, GridColumn, GridRow, RowGridProps, StatusColumn } from './types'
