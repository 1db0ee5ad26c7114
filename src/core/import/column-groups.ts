import type { SheetTable } from '../../shared/sheet'

/** Group-title rows looked at above the header row: a group and a sub-group. */
const LEVELS = 2
/** A group title is a short label, not a notice. */
const MAX_TITLE = 30

function filled(cells: readonly string[]): number {
  return cells.filter((cell) => cell.trim() !== '').length
}

/** Whether a row above the header reads as group titles over it: a few short labels, fewer than the header has names. */
function isGroupRow(cells: readonly string[], headerNames: number): boolean {
  const labels = cells.map(titleOf).filter((cell) => cell !== '')
  return labels.length >= 2 && labels.length < headerNames && labels.every((cell) => cell.length <= MAX_TITLE)
}

/** A group title without the note an export may put after it: "공통 안전인증정보 (★필독 : …)" → "공통 안전인증정보". */
function titleOf(cell: string): string {
  return cell.replace(/\s*[(（[].*$/s, '').replace(/\s+/g, ' ').trim()
}

/**
 * What group each column sits under, from the group-title rows above the
 * header (an export's "배송정보" over its shipping columns, "어린이제품"
 * over one of several "인증타입"), so columns that share a name can be
 * told apart. A title covers the columns to its right up to the next
 * title of its row; a sub-group also ends where its group does (the merged
 * cells' spans are not kept). Empty when there are no such rows.
 */
export function columnGroups(table: SheetTable): (string | null)[] {
  const header = table.rows[table.headerIndex]?.cells ?? []
  const width = table.columnCount
  const rows: (readonly string[])[] = []
  for (let at = table.headerIndex - 1; at >= 0 && rows.length < LEVELS; at--) {
    const cells = table.rows[at]?.cells ?? []
    if (!isGroupRow(cells, filled(header))) break
    rows.unshift(cells)
  }
  if (rows.length === 0) return []
  const current: (string | null)[] = rows.map(() => null)
  return Array.from({ length: width }, (_, column) => {
    rows.forEach((cells, level) => {
      const title = titleOf(cells[column] ?? '')
      if (title !== '') {
        current[level] = title
        // A new group ends the sub-groups under the one before it.
        for (let below = level + 1; below < rows.length; below++) if ((rows[below]?.[column] ?? '').trim() === '') current[below] = null
      }
    })
    const name = (header[column] ?? '').trim()
    const titles = current.filter((title, i): title is string => title !== null && title !== name && title !== current[i - 1])
    return titles.length === 0 ? null : titles.join(' › ')
  })
}
