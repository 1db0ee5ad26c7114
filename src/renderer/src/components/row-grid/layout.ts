/** Every body row has this height, so positions are arithmetic and 100,000 rows cost nothing to lay out. */
export const ROW_HEIGHT = 40
/** The sticky header row's height (the sheet letter, a header line and a detail line). */
export const HEADER_HEIGHT = 64
/** The sticky row-number column: room for a seven-digit sheet row number. */
export const ROW_NUMBER_WIDTH = 86
/** The sticky status column, unless the screen asks for another width. */
export const STATUS_WIDTH = 168
/** Each sheet column. */
export const COLUMN_WIDTH = 188
/** Room kept under the rows for a horizontal scroll bar. */
export const SCROLLBAR_ROOM = 14
/** Grid columns before the sheet's own: the row number and the status. */
export const LEADING_COLUMNS = 2
