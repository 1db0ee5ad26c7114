import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import { naturalKey } from '../targets/build-request'
import { duplicateMessage } from './row-messages'
import type { RowIssue } from './types'

/** The field whose cell a duplicate is shown on, per target. */
function keyField(target: TargetId): string {
  if (target === 'customers:create') return 'email'
  if (target === 'intents:create') return 'name'
  return 'id'
}

/** The error a repeat of a natural key carries, on the target's key field, naming the row it repeats. */
export function duplicateIssue(target: TargetId, firstRow: number): RowIssue {
  return { field: keyField(target), code: 'duplicate-in-file', message: duplicateMessage(target, firstRow), severity: 'error' }
}

/**
 * Finds repeats of a natural key (product id; email, case-insensitively;
 * profile name) in rows given one after another in file order: for each row,
 * the error naming the first row with its key when an earlier row had it
 * (the service would overwrite or refuse the repeat), else null. Rows
 * without a key are left to the required-field check. Keeps only each key's
 * first row number, so a file can be checked a chunk at a time.
 */
export function createDuplicateFinder(target: TargetId): (row: MappedRow) => RowIssue | null {
  const firstRow = new Map<string, number>()
  return (row) => {
    const key = naturalKey(target, row)
    if (key === undefined || key === '') return null
    const first = firstRow.get(key)
    if (first !== undefined) return duplicateIssue(target, first)
    firstRow.set(key, row.rowNumber)
    return null
  }
}
