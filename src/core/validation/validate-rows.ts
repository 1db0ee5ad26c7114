import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import { createDuplicateFinder } from './duplicates'
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
  const check = createFileChecker(target, options)
  return rows.map((row) => check(row))
}

/**
 * validateRows one row at a time: give it every row of a file in order and
 * each answer equals validateRows' for that row (its own problems, then the
 * repeat of an earlier row's key), while only the keys seen so far are
 * kept, so a large file can be mapped and checked a chunk at a time.
 */
export function createFileChecker(target: TargetId, options: ValidateOptions = {}): (row: MappedRow) => RowCheck {
  const ownIssues = createRowChecker(target, options)
  const repeatOf = createDuplicateFinder(target)
  return (row) => {
    const issues = ownIssues(row)
    const repeat = repeatOf(row)
    if (repeat !== null) issues.push(repeat)
    return { rowNumber: row.rowNumber, issues }
  }
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
