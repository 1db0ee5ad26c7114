import {
  NCLUE_ASSUMED_ERRORS,
  NCLUE_CREATE_STATUS,
  NCLUE_ERRORS,
  NCLUE_INDEX_IS_OFFSET,
  NCLUE_PAGE_LIMIT_DEFAULT,
  NCLUE_PAGE_LIMIT_MAX,
  NCP_GATEWAY,
  NCP_SUCCESS_CONTENT_TYPE,
  nameLength
} from '../services/nclue/assumptions'
import { gatewayError, verifyNcpSignature } from './nclue-auth'
import type { NclueStore, StoredIntent } from './nclue-store'
import type { EmuRequest, EmuResponse } from './types'

/** NCLUE's own error body (§1.5 N1 ASSUMPTION). */
const nclueError = (e: { status: number; code: number; message: string }): EmuResponse => ({ status: e.status, body: { code: e.code, message: e.message } })
/** Success bodies come labelled text/plain like the real gateway (§1.4). */
const ok = (body: unknown, status = 200): EmuResponse => ({ status, body, contentType: NCP_SUCCESS_CONTENT_TYPE })
const iso = (ms: number): string => new Date(ms).toISOString()

/** Options the NCLUE handler needs from the server. */
export interface NclueHandlerOptions {
  readonly keys: Readonly<Record<string, string>>
  readonly now: () => number
  readonly completedSpelling: 'completed' | 'complete'
  readonly nameMaxLength: number
}

/** Reads `index`/`limit` (offset paging, limit 1–100); null when invalid. */
function paging(query: URLSearchParams): { index: number; limit: number } | null {
  const index = Number(query.get('index') ?? 0)
  const limit = Number(query.get('limit') ?? NCLUE_PAGE_LIMIT_DEFAULT)
  if (!Number.isInteger(index) || index < 0 || !Number.isInteger(limit) || limit < 1 || limit > NCLUE_PAGE_LIMIT_MAX) return null
  return { index, limit }
}

/** First item of the requested page under the paging assumption (N4). */
const startOf = (page: { index: number; limit: number }): number => (NCLUE_INDEX_IS_OFFSET ? page.index : page.index * page.limit)

/** Get/list view of a profile (§1.7), with the configured spelling of success. */
function view(p: StoredIntent, store: NclueStore, spelling: string): Record<string, unknown> {
  const { status, finishedAt } = store.statusOf(p)
  const done = status === 'completed'
  return {
    profile_id: p.profile_id, profile_name: p.profile_name, task_id: p.task_id, task_name: p.task_name,
    status: done ? spelling : status, created_at: iso(p.createdAt),
    completed_at: finishedAt === undefined ? null : iso(finishedAt),
    line_count: done ? 1000 + nameLength(p.profile_name) * 37 : 0,
    disk_usage: done ? (1000 + nameLength(p.profile_name) * 37) * 128 : 0,
    fail_message: status === 'failed' ? (p.failMessage ?? null) : null
  }
}

/** POST /profile/shopping-intents. */
function create(req: EmuRequest, store: NclueStore, nameMaxLength: number): EmuResponse {
  let body: unknown
  try {
    body = JSON.parse(req.bodyText) as unknown
  } catch {
    return nclueError(NCLUE_ASSUMED_ERRORS.badRequest)
  }
  const { name, task_id } = (typeof body === 'object' && body !== null ? body : {}) as { name?: unknown; task_id?: unknown }
  if (typeof name !== 'string' || name === '' || typeof task_id !== 'string') return nclueError(NCLUE_ASSUMED_ERRORS.badRequest)
  if (nameLength(name) > nameMaxLength) return nclueError(NCLUE_ERRORS.nameTooLong)
  if ([...store.profiles.values()].some((p) => p.profile_name === name)) return nclueError(NCLUE_ERRORS.duplicateName)
  const task = store.tasks.find((t) => t.task_id === task_id)
  if (task === undefined) return nclueError(NCLUE_ASSUMED_ERRORS.taskNotFound)
  const p = store.create(name, task)
  return ok({ profile_id: p.profile_id, profile_name: p.profile_name, task_id: p.task_id, task_name: p.task_name, created_at: iso(p.createdAt) }, NCLUE_CREATE_STATUS)
}

/**
 * Builds the handler for the `/nclue` prefix: NCP signature check (gateway
 * envelope on failure), then the Shopping Intent and task endpoints under
 * `/api/v1`.
 */
export function nclueHandler(store: NclueStore, options: NclueHandlerOptions): (req: EmuRequest) => EmuResponse {
  return (req) => {
    const denied = verifyNcpSignature(req, options.keys, options.now())
    if (denied !== null) return denied
    const path = req.path.startsWith('/api/v1/') ? req.path.slice('/api/v1'.length) : ''
    const one = /^\/profile\/shopping-intents\/([^/]+)$/.exec(path)
    if (path === '/profile/shopping-intents' && req.method === 'POST') return create(req, store, options.nameMaxLength)
    if ((path === '/profile/shopping-intents' || path === '/tasks') && req.method === 'GET') {
      const page = paging(req.query)
      if (page === null) return nclueError(NCLUE_ASSUMED_ERRORS.badRequest)
      if (path === '/tasks') {
        const tasks = store.tasks.slice(startOf(page), startOf(page) + page.limit)
        return ok({ ...page, total: store.tasks.length, tasks: tasks.map((t) => ({ ...t, created_at: iso(0), completed_at: null })) })
      }
      const all = store.newestFirst()
      return ok({ ...page, total: all.length, profiles: all.slice(startOf(page), startOf(page) + page.limit).map((p) => view(p, store, options.completedSpelling)) })
    }
    if (one !== null && (req.method === 'GET' || req.method === 'DELETE')) {
      const p = store.profiles.get(decodeURIComponent(one[1] ?? ''))
      if (p === undefined) return nclueError(NCLUE_ASSUMED_ERRORS.profileNotFound)
      if (req.method === 'GET') return ok(view(p, store, options.completedSpelling))
      if (!store.deletable(p)) return nclueError(NCLUE_ASSUMED_ERRORS.notDeletable)
      store.profiles.delete(p.profile_id)
      return ok({ profile_id: p.profile_id })
    }
    return gatewayError(NCP_GATEWAY.notFound.status, NCP_GATEWAY.notFound.errorCode, NCP_GATEWAY.notFound.message)
  }
}
