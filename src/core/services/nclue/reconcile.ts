import { InvalidInputError } from '../field-issue'
import { NCLUE } from './assumptions'
import { walkPages } from './paging'
import { quotedNames } from '../../../shared/text'
import { matchTask } from './task-match'
import type { IntentProfile, NclueTask, ProfilePage, TrackedStatus } from './types'

/** Fetches one page of the profile list. */
export type ListProfiles = (index: number, limit: number) => Promise<ProfilePage>

/**
 * Reads the statuses of many profiles through the LIST endpoint, 100 per
 * request, stopping as soon as every id was seen (lists are newest first,
 * §1.7 N4 ASSUMPTION, so fresh uploads sit on the first pages). One GET per
 * profile would cost far more requests at 1 rps.
 */
export async function trackStatuses(list: ListProfiles, ids: readonly string[]): Promise<Map<string, TrackedStatus>> {
  const wanted = new Set(ids)
  const found = new Map<string, TrackedStatus>()
  if (wanted.size === 0) return found
  await walkPages(
    async (index, limit) => list(index, limit).then((p) => ({ total: p.total, items: p.profiles })),
    (profiles) => {
      for (const p of profiles) {
        if (wanted.has(p.profile_id)) found.set(p.profile_id, { status: p.status, fail_message: p.fail_message, completed_at: p.completed_at })
      }
      return found.size === wanted.size
    }
  )
  for (const id of wanted) if (!found.has(id)) found.set(id, { status: 'not-found', fail_message: undefined, completed_at: undefined })
  return found
}

/**
 * Finds existing profiles by exact name (names are unique per account,
 * §1.5 10102), for reconciling creates whose outcome is unknown. Names not
 * found are absent from the map.
 */
export async function findProfilesByName(list: ListProfiles, names: readonly string[]): Promise<Map<string, IntentProfile>> {
  const wanted = new Set(names)
  const found = new Map<string, IntentProfile>()
  if (wanted.size === 0) return found
  await walkPages(
    async (index, limit) => list(index, limit).then((p) => ({ total: p.total, items: p.profiles })),
    (profiles) => {
      for (const p of profiles) if (wanted.has(p.profile_name) && !found.has(p.profile_name)) found.set(p.profile_name, p)
      return found.size === wanted.size
    }
  )
  return found
}

/**
 * Picks the task a row names (see matchTask: an id, or a name ignoring
 * width, case and spacing). Throws InvalidInputError when none or several
 * tasks match, so the row fails with a clear message instead of profiling
 * against the wrong task.
 */
export function pickTask(tasks: readonly NclueTask[], nameOrId: string): string {
  const match = matchTask(tasks, nameOrId)
  if ('taskId' in match) return match.taskId
  const key = nameOrId.trim()
  const message =
    match.problem === 'task-ambiguous'
      ? `Several NCLUE tasks are called "${key}"; use the task id instead.`
      : `No NCLUE task is called "${key}"${match.closest.length > 0 ? ` (closest: ${quotedNames(match.closest)})` : ''}.`
  throw new InvalidInputError(NCLUE, [{ field: 'task_id', code: match.problem, message }])
}
