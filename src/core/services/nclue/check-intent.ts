import type { FieldIssue } from '../field-issue'
import { NCLUE_NAME_MAX_LENGTH, nameLength } from './assumptions'
import type { IntentInput } from './types'

/**
 * Pure pre-send check of one shopping-intent row (§1.7): name 1–100
 * characters, task present. Catching these locally saves a request at 1 rps.
 */
export function checkIntent(input: IntentInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    issues.push({ field: 'name', code: 'required', message: 'A profile name is required.' })
  } else if (nameLength(input.name) > NCLUE_NAME_MAX_LENGTH) {
    issues.push({ field: 'name', code: 'too-long', message: `Profile names are at most ${NCLUE_NAME_MAX_LENGTH} characters.` })
  }
  if (typeof input.task_id !== 'string' || input.task_id.trim() === '') {
    issues.push({ field: 'task_id', code: 'required', message: 'A task is required.' })
  }
  return issues
}
