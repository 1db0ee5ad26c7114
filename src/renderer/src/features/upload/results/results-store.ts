import { create } from 'zustand'
import type { Failure } from '../../../../../shared/errors'
import type { JobRowFilter, JobRowView, JobView, ReasonGroup } from '../../../../../shared/jobs'
import type { ReviewColumn, ReviewRow } from '../../../../../shared/review'
import type { Language } from '../../../../../shared/text'
import { api } from '../../../api'
import { saveDownload } from '../../../components/save-download'
import { isEnded } from '../row-states'
import { FIXABLE_STATES, problemCount } from './row-words'
import { throttled } from './throttle'

/** A failure report's file type. */
export type ReportFormat = 'xlsx' | 'csv'

/** A row of the results grid: the job's row, showing the values changed here since, if any. */
export interface ResultRow extends JobRowView {
  /** The row as the open file holds it after an edit here, re-checked; null while unchanged. */
  readonly edit: ReviewRow | null
}

/** The list the grid shows: a filter or one group of causes, its size, and versions that tell the grid to fetch again. */
export interface ResultsList {
  readonly filter: JobRowFilter
  readonly group: ReasonGroup | null
  readonly count: number
  /** Changing it drops the grid's pages (another list). */
  readonly version: number
  /** Changing it fetches the rows in view again, keeping them on screen meanwhile (the same list moved on). */
  readonly refresh: number
}

interface ResultsState {
  readonly job: JobView | null
  /** The job's sheet columns; null until loaded (or when its rows are no longer kept). */
  readonly columns: readonly ReviewColumn[] | null
  readonly reasons: readonly ReasonGroup[]
  readonly list: ResultsList
  /** The open file's session when it holds this job's rows, so they can be fixed here; null: read-only. */
  readonly session: string | null
  /** Rows changed here, by row index, and the session they were changed in. */
  readonly edits: ReadonlyMap<number, ReviewRow>
  readonly editsOf: string | null
  /** The row holding the grid's focused cell, for the details panel. */
  readonly activeRow: ResultRow | null
  readonly failure: Failure | null
  /** The name of the report just saved, to say so. */
  readonly saved: string | null
  /** Edits on their way to the open file: sending again waits for them. */
  readonly saving: number
  /** Shows a job's results; `sessionId` is the file open in the import flow, if any. */
  open(job: JobView, sessionId: string | null): Promise<void>
  setFilter(filter: JobRowFilter): void
  /** Lists only one group's rows (null: back to the filter). */
  setGroup(group: ReasonGroup | null): void
  loadPage(offset: number, limit: number): Promise<ResultRow[]>
  editCell(row: ResultRow, column: number, value: string): Promise<ResultRow[]>
  setActiveRow(row: ResultRow | null): void
  /** Takes a view of the shown job that came another way (the followed job's store), in case its events came first. */
  receive(view: JobView): void
  /** Resolves once every edit made here has reached the open file. */
  settled(): Promise<void>
  exportReport(format: ReportFormat, language: Language): Promise<void>
}

/** Rows a filter or group lists, from the job's counts (the first page corrects it if they moved on). */
function countFor(job: JobView, filter: JobRowFilter, group: ReasonGroup | null): number {
  if (group !== null) return group.count
  if (filter === 'all') return job.total
  if (filter === 'problems') return problemCount(job)
  return job.counts[filter]
}

/** Whether two views of a job count the same rows in every state. */
function sameCounts(a: JobView, b: JobView): boolean {
  return (Object.keys(a.counts) as (keyof JobView['counts'])[]).every((state) => a.counts[state] === b.counts[state])
}

/** How often a running job's rows and groups are fetched again, at most. */
const REFRESH_EVERY_MS = 1000

/**
 * The results screen's view state for one job (the import flow's, or one
 * opened from History). Rows stay in the core and come a page at a time;
 * progress events move the counts and, throttled, refetch the groups and the
 * rows in view. Edits go to the open file's session and are shown over the
 * job's own values until they are sent again.
 */
export const useResults = create<ResultsState>((set, get) => {
  const list = (job: JobView, filter: JobRowFilter, group: ReasonGroup | null, from: ResultsList): ResultsList => ({
    filter,
    group,
    count: countFor(job, filter, group),
    version: from.version + 1,
    refresh: from.refresh
  })
  /** Keeps the failure for the screen and rejects, so the grid keeps what it had. */
  const fail = (failure: Failure): never => {
    set({ failure })
    throw new Error(failure.message)
  }
  const withEdit = (row: JobRowView): ResultRow => {
    const { session, editsOf, edits } = get()
    const edit = session !== null && session === editsOf && FIXABLE_STATES.has(row.state) ? (edits.get(row.index) ?? null) : null
    return { ...row, cells: edit?.cells ?? row.cells, edit }
  }

  const inFlight = new Set<Promise<unknown>>()
  const refresh = throttled(REFRESH_EVERY_MS, async () => {
    const job = get().job
    if (job === null) return
    const answer = await api.jobs.reasons({ jobId: job.jobId })
    const now = get()
    if (now.job?.jobId !== job.jobId) return
    const reasons = answer.ok ? answer.data : now.reasons
    const chosen = now.list.group
    const group = chosen === null ? null : (reasons.find((g) => g.key === chosen.key) ?? { ...chosen, count: 0 })
    set({ reasons, list: { ...now.list, group, count: countFor(now.job, now.list.filter, group), refresh: now.list.refresh + 1 } })
  })
  /** A newer view of the shown job: its rows and groups are fetched again (at once when it just ended). */
  const receive = (view: JobView): void => {
    const shown = get().job
    if (shown?.jobId !== view.jobId || (shown.status === view.status && sameCounts(shown, view))) return
    set({ job: view })
    if (isEnded(view.status) && !isEnded(shown.status)) refresh.now()
    else refresh()
  }
  api.on.jobsProgress(receive)

  return {
    job: null,
    columns: null,
    reasons: [],
    list: { filter: 'all', group: null, count: 0, version: 0, refresh: 0 },
    session: null,
    edits: new Map(),
    editsOf: null,
    activeRow: null,
    failure: null,
    saved: null,
    saving: 0,
    async open(job, sessionId) {
      const before = get()
      const same = before.job?.jobId === job.jobId
      set({
        job,
        failure: null,
        saved: null,
        ...(same ? {} : { columns: null, reasons: [], activeRow: null, session: null, list: list(job, 'all', null, before.list) }),
        ...(sessionId !== null && sessionId !== before.editsOf ? { edits: new Map(), editsOf: sessionId } : {})
      })
      const { jobId } = job
      const [columns, reasons, holds] = await Promise.all([
        api.jobs.columns({ jobId }),
        api.jobs.reasons({ jobId }),
        sessionId === null ? null : api.jobs.holdsRows({ jobId, sessionId })
      ])
      if (get().job?.jobId !== jobId) return
      set({
        columns: columns.ok ? columns.data : null,
        reasons: reasons.ok ? reasons.data : [],
        session: holds?.ok === true && holds.data ? sessionId : null,
        failure: columns.ok ? null : columns
      })
    },
    setFilter(filter) {
      const { job, list: from } = get()
      if (job) set({ list: list(job, filter, null, from), activeRow: null })
    },
    setGroup(group) {
      const { job, list: from } = get()
      if (job) set({ list: list(job, group === null ? from.filter : 'all', group, from), activeRow: null })
    },
    async loadPage(offset, limit) {
      const { job, list: asked } = get()
      if (job === null) return []
      const answer = await api.jobs.rows({
        jobId: job.jobId,
        offset,
        limit,
        filter: asked.filter,
        ...(asked.group !== null ? { group: asked.group.key } : {})
      })
      if (!answer.ok) return fail(answer)
      const now = get().list
      if (now.version === asked.version && now.count !== answer.data.matching) set({ list: { ...now, count: answer.data.matching } })
      return answer.data.rows.map(withEdit)
    },
    async editCell(row, column, value) {
      const session = get().session
      if (session === null) return []
      const request = api.review.editCell({ sessionId: session, index: row.index, column, value })
      inFlight.add(request)
      set({ saving: inFlight.size })
      const answer = await request.finally(() => {
        inFlight.delete(request)
        set({ saving: inFlight.size })
      })
      if (!answer.ok) return fail(answer)
      const edits = new Map(get().edits).set(row.index, answer.data.row)
      for (const other of answer.data.others) if (edits.has(other.index)) edits.set(other.index, other)
      set({ edits, editsOf: session, failure: null })
      return [{ ...row, cells: answer.data.row.cells, edit: answer.data.row }]
    },
    setActiveRow: (row) => set({ activeRow: row }),
    receive,
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
    async exportReport(format, language) {
      const job = get().job
      if (job === null) return
      set({ saved: null, failure: null })
      const answer = await api.jobs.report({ jobId: job.jobId, format, language })
      if (!answer.ok) return void set({ failure: answer })
      saveDownload(answer.data)
      set({ saved: answer.data.fileName })
    }
  }
})
