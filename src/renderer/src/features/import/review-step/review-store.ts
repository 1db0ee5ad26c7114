import { create } from 'zustand'
import type { Failure } from '../../../../../shared/errors'
import type { ReviewFilter, ReviewOverview, ReviewRow, ReviewSummary } from '../../../../../shared/review'
import { api } from '../../../api'
import { followCounts } from './follow-counts'

/** The list the grid shows: which filter, its size when taken, and a version that drops cached pages. */
export interface ReviewList {
  readonly filter: ReviewFilter
  readonly count: number
  readonly version: number
  /** True once an edit moved a row in or out of "needs attention" while that filter is shown. */
  readonly stale: boolean
}

interface ReviewState {
  readonly sessionId: string | null
  readonly overview: ReviewOverview | null
  readonly list: ReviewList
  readonly loading: boolean
  readonly failure: Failure | null
  /** The row holding the grid's focused cell, for the details panel. */
  readonly activeRow: ReviewRow | null
  open(sessionId: string): Promise<void>
  setFilter(filter: ReviewFilter): void
  /** Takes the list again (fixed rows leave "needs attention"). */
  refreshList(): void
  loadPage(offset: number, limit: number): Promise<ReviewRow[]>
  editCell(row: ReviewRow, column: number, value: string): Promise<ReviewRow[]>
  setActiveRow(row: ReviewRow | null): void
}

const countFor = (summary: ReviewSummary, filter: ReviewFilter): number => (filter === 'all' ? summary.total : summary.needsAttention)
const hasError = (row: ReviewRow): boolean => row.issues.some((i) => i.severity === 'error')

/**
 * The Review step's view state. The rows stay in the core; this keeps the
 * counts, the columns, which list is shown and which row is focused, and
 * passes pages and edits through.
 */
export const useReview = create<ReviewState>((set, get) => {
  const relist = (filter: ReviewFilter, summary: ReviewSummary): ReviewList => ({
    filter,
    count: countFor(summary, filter),
    version: get().list.version + 1,
    stale: false
  })
  /**
   * While the core is still checking rows, asks for the counts again until
   * every row is checked. The "needs attention" list only grows at its end
   * as rows are checked, so it is taken again when its count changed.
   */
  let following: string | null = null
  const followChecking = async (sessionId: string, known: ReviewSummary): Promise<void> => {
    if (following === sessionId) return
    following = sessionId
    const showCounts = (summary: ReviewSummary): void => {
      const { overview, list } = get()
      if (overview === null) return
      const grew = list.filter === 'attention' && summary.needsAttention !== countFor(overview.summary, 'attention')
      set({ overview: { ...overview, summary }, ...(grew ? { list: relist(list.filter, summary) } : {}) })
    }
    try {
      await followCounts(sessionId, showCounts, () => get().sessionId === sessionId && get().overview !== null, known)
    } finally {
      if (following === sessionId) following = null
    }
  }
  /** Keeps the failure for the screen and rejects, so the grid keeps the old value. */
  const fail = (failure: Failure): never => {
    set({ failure })
    throw new Error(failure.message)
  }

  return {
    sessionId: null,
    overview: null,
    list: { filter: 'all', count: 0, version: 0, stale: false },
    loading: false,
    failure: null,
    activeRow: null,
    async open(sessionId) {
      // Another file starts on every row; the same file (back from Columns) keeps its filter.
      const filter = get().sessionId === sessionId ? get().list.filter : 'all'
      set({ sessionId, loading: true, failure: null, overview: null, activeRow: null })
      const answer = await api.review.summary({ sessionId })
      if (get().sessionId !== sessionId) return
      if (!answer.ok) return set({ loading: false, failure: answer })
      set({ loading: false, overview: answer.data, list: relist(filter, answer.data.summary) })
      await followChecking(sessionId, answer.data.summary)
    },
    setFilter(filter) {
      const overview = get().overview
      if (overview) set({ list: relist(filter, overview.summary), activeRow: null })
    },
    refreshList() {
      const overview = get().overview
      if (overview) set({ list: relist(get().list.filter, overview.summary) })
    },
    async loadPage(offset, limit) {
      const { sessionId, list } = get()
      const answer = await api.review.rows({ sessionId: sessionId ?? '', offset, limit, filter: list.filter })
      return answer.ok ? [...answer.data.rows] : fail(answer)
    },
    async editCell(row, column, value) {
      const answer = await api.review.editCell({ sessionId: get().sessionId ?? '', index: row.index, column, value })
      if (!answer.ok) return fail(answer)
      const { overview, list } = get()
      if (!overview) return []
      const { row: edited, others, refetch, summary } = answer.data
      const moved = list.filter === 'attention' && (hasError(edited) !== hasError(row) || others.length > 0)
      set({
        failure: null,
        overview: { ...overview, summary },
        list: refetch ? relist(list.filter, summary) : { ...list, stale: list.stale || moved }
      })
      return [edited, ...others]
    },
    setActiveRow: (row) => set({ activeRow: row })
  }
})
