import type { JobRowFilter, JobRowState, JobRowView, ReasonGroup, RowReason } from '../../shared/jobs'

/** A page of a job's rows and how many rows match the filter in all. */
export interface JobRowsPage {
  readonly matching: number
  readonly rows: readonly JobRowView[]
}

const PROBLEMS: ReadonlySet<JobRowState> = new Set(['invalid', 'failed', 'unknown'])

/** Whether a row in `state` is listed under `filter`. */
export function matchesFilter(state: JobRowState, filter: JobRowFilter): boolean {
  if (filter === 'all') return true
  if (filter === 'problems') return PROBLEMS.has(state)
  return state === filter
}

/**
 * Pages through a job's rows in order: `stateOf` is cheap (it is called for
 * every row to count matches); `build` makes the full row only for the page.
 */
export function pageRows(indexes: readonly number[], stateOf: (index: number) => JobRowState, build: (index: number) => JobRowView, options: { offset: number; limit: number; filter: JobRowFilter }): JobRowsPage {
  const rows: JobRowView[] = []
  let matching = 0
  for (const index of indexes) {
    if (!matchesFilter(stateOf(index), options.filter)) continue
    if (matching >= options.offset && rows.length < options.limit) rows.push(build(index))
    matching++
  }
  return { matching, rows }
}

/** The key naming a problem row's group: its state and its reason (code and wording). Null for rows no group lists. */
export function groupKey(state: JobRowState, reason: RowReason | null): string | null {
  if (reason === null || !PROBLEMS.has(state)) return null
  return `${state}\u0000${reason.code}\u0000${reason.message.en}`
}

/** Problem rows grouped by cause, biggest group first: "37 rows: email already used". */
export function groupReasons(items: Iterable<{ readonly state: JobRowState; readonly reason: RowReason | null }>): ReasonGroup[] {
  const groups = new Map<string, { key: string; state: JobRowState; reason: RowReason; count: number }>()
  for (const { state, reason } of items) {
    const key = groupKey(state, reason)
    if (key === null || reason === null) continue
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { key, state, reason, count: 1 })
  }
  return [...groups.values()].sort((a, b) => b.count - a.count)
}
