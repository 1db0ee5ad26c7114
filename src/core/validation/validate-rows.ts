import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import { flagDuplicates } from './duplicates'
import { createRowChecker } from './row-checker'
import type { CheckSummary, RowCheck, ValidateOptions } from './types'

/**
 * Checks mapped rows before anything is sent: each cell against its field's
 * type and the service's own pre-send rules, one-of groups, repeats of the
 * same product id / email / profile name within the file, and the template's
 * example row left in. One RowCheck per row, in order; messages in Korean
 * and English with the fix.
 */
export function validateRows(rows: readonly MappedRow[], target: TargetId, options: ValidateOptions = {}): RowCheck[] {
  const check = createRowChecker(target, options)
  const checks: RowCheck[] = rows.map((row) => ({ rowNumber: row.rowNumber, issues: check(row) }))
  flagDuplicates(target, rows, checks)
  return checks
}

/** True when a row has an error (it can't be sent as it is). */
export function hasErrors(check: RowCheck): boolean {
  return check.issues.some((i) => i.severity === 'error')
}

/** Counts for the review summary: rows ready (no errors), rows needing attention, rows with warnings. */
export function summarizeChecks(checks: readonly RowCheck[]): CheckSummary {
  let needsAttention = 0
  let warnings = 0
  for (const check of checks) {
    if (hasErrors(check)) needsAttention++
    if (check.issues.some((i) => i.severity === 'warning')) warnings++
  }
  return { ready: checks.length - needsAttention, needsAttention, warnings }
}
