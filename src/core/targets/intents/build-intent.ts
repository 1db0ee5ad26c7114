import type { MappedRow } from '../../../shared/mapping'

/**
 * One shopping-intent row as the adapter receives it: the profile name and
 * the task, by id or by name. A task name is turned into its id by the
 * adapter (NclueClient.resolveTaskId, cached) right before sending.
 */
export interface IntentRequest {
  readonly name: string
  readonly task_id?: string
  readonly task_name?: string
}

/** The natural key of an intent row: the profile name (unique per NCLUE account, §1.5 10102). */
export function intentKey(row: MappedRow): string | undefined {
  return row.values.get('name')
}

/** MappedRow → IntentRequest; a row giving both task id and name keeps the id (validation flags it). */
export function buildIntent(row: MappedRow): IntentRequest {
  const v = row.values
  const taskId = v.get('task_id')
  const taskName = v.get('task_name')
  return {
    name: v.get('name') ?? '',
    ...(taskId !== undefined ? { task_id: taskId } : taskName !== undefined ? { task_name: taskName } : {})
  }
}
