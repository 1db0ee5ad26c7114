import { diceBigrams, editDistance } from '../../mapping/similarity'
import type { NclueTask } from './types'

/** What a sheet's task value is: one task's id, or why it is none, with the task names it is closest to. */
export type TaskMatch =
  | { readonly taskId: string }
  | { readonly problem: 'task-not-found' | 'task-ambiguous'; readonly closest: readonly string[] }

/** How many close task names a problem suggests. */
const MAX_SUGGESTIONS = 3
/** Below this likeness a task name is no suggestion at all. */
const MIN_LIKENESS = 0.6
/** How much less like the value than the best suggestion another may be. */
const NEAR_BEST = 0.1

/** Task names as people type them: width, case and spacing do not matter. */
function normalized(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

function likeness(a: string, b: string): number {
  if (a === '' || b === '') return 0
  if (a.includes(b) || b.includes(a)) return 0.5 + (0.5 * Math.min(a.length, b.length)) / Math.max(a.length, b.length)
  const longest = Math.max([...a].length, [...b].length)
  return Math.max(diceBigrams(a, b), 1 - editDistance(a, b) / longest)
}

/** The task names most like a value, best first, each once. */
function closestNames(tasks: readonly NclueTask[], value: string): string[] {
  const key = normalized(value)
  const scored = new Map<string, number>()
  for (const task of tasks) {
    const score = likeness(key, normalized(task.task_name))
    if (score >= MIN_LIKENESS && score > (scored.get(task.task_name) ?? 0)) scored.set(task.task_name, score)
  }
  const ranked = [...scored].sort((a, b) => b[1] - a[1])
  const best = ranked[0]?.[1] ?? 0
  // Only names about as close as the best one: a shared prefix alone ("practice-…") is no suggestion.
  return ranked.filter(([, score]) => score >= best - NEAR_BEST).slice(0, MAX_SUGGESTIONS).map(([name]) => name)
}

/**
 * Resolves a value from a task column — a task id or a task name, in any
 * mix and whichever column it is in — through the account's task list: an
 * id first (exactly), then a name (ignoring width, case and spacing). A
 * name that several tasks share, or that no task has, is a problem with
 * the closest names to suggest.
 */
export function matchTask(tasks: readonly NclueTask[], value: string): TaskMatch {
  const key = value.trim()
  const byId = tasks.find((task) => task.task_id === key)
  if (byId !== undefined) return { taskId: byId.task_id }
  const name = normalized(key)
  const byName = tasks.filter((task) => normalized(task.task_name) === name)
  if (byName.length === 1 && byName[0] !== undefined) return { taskId: byName[0].task_id }
  if (byName.length > 1) return { problem: 'task-ambiguous', closest: [] }
  return { problem: 'task-not-found', closest: closestNames(tasks, key) }
}
