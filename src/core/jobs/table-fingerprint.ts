import { createHash } from 'node:crypto'
import type { SheetTable } from '../../shared/sheet'

/**
 * A digest of the table an upload sends (after any edits in the review
 * grid), so a resume can prove it is continuing with the same data. The
 * file's own fingerprint would not do: edits change what is sent.
 */
export function tableFingerprint(table: SheetTable): string {
  const hash = createHash('sha256')
  hash.update(`${table.sheetName}\u0000${table.headerIndex}\u0000${table.columnCount}\n`)
  for (const row of table.rows) hash.update(`${row.rowNumber}\u0000${row.cells.join('\u0001')}\n`)
  return `sha256:${hash.digest('hex')}`
}
