import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import { naturalKey } from '../targets/build-request'
import { duplicateMessage } from './row-messages'
import type { RowCheck, RowIssue } from './types'

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
 * Marks every row whose natural key (product id; email, case-insensitively;
 * profile name) already appeared in an earlier row, naming that first row,
 * because the service would overwrite or refuse the repeat. Rows without a
 * key are left to the required-field check.
 */
export function flagDuplicates(target: TargetId, rows: readonly MappedRow[], checks: readonly RowCheck[]): void {
  const firstRow = new Map<string, number>()
  rows.forEach((row, i) => {
    const key = naturalKey(target, row)
    if (key === undefined || key === '') return
    const first = firstRow.get(key)
    if (first === undefined) firstRow.set(key, row.rowNumber)
    else checks[i]?.issues.push(duplicateIssue(target, first))
  })
}
