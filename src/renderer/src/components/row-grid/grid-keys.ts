/** A cell of the grid body: list position and grid column (0 = row number, 1 = status, 2… = sheet columns). */
export interface GridPosition {
  readonly row: number
  readonly col: number
}

/** The body's size, and how many rows one Page Up / Page Down moves. */
export interface GridSize {
  readonly rows: number
  readonly cols: number
  readonly page: number
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, value))

/**
 * Where a key moves the focused cell, as in spreadsheets and the ARIA grid
 * pattern: arrows by one, Page Up/Down by a screen, Home/End to the row's
 * ends, Ctrl+Home/End to the first and last row. Null for any other key.
 */
export function moveFor(key: string, ctrl: boolean, from: GridPosition, size: GridSize): GridPosition | null {
  const lastRow = Math.max(0, size.rows - 1)
  const lastCol = Math.max(0, size.cols - 1)
  const to = (row: number, col: number): GridPosition => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) })
  switch (key) {
    case 'ArrowUp':
      return to(from.row - 1, from.col)
    case 'ArrowDown':
      return to(from.row + 1, from.col)
    case 'ArrowLeft':
      return to(from.row, from.col - 1)
    case 'ArrowRight':
      return to(from.row, from.col + 1)
    case 'PageUp':
      return to(from.row - size.page, from.col)
    case 'PageDown':
      return to(from.row + size.page, from.col)
    case 'Home':
      return ctrl ? to(0, from.col) : to(from.row, 0)
    case 'End':
      return ctrl ? to(lastRow, from.col) : to(from.row, lastCol)
    default:
      return null
  }
}

/** True for a key press that types a character, which starts editing a cell with that character. */
export function isTypingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey
}
