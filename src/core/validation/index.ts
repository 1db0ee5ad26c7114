/** Row validation before sending: per-cell rules, in-file duplicates, the summary counts. */
export { createFileChecker, validateRows, summarizeChecks, hasErrors } from './validate-rows'
export { createRowChecker } from './row-checker'
export { duplicateIssue } from './duplicates'
export type { CheckSummary, IssueSeverity, RowCheck, RowIssue, ValidateOptions } from './types'
