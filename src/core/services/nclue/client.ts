import type { z } from 'zod'
import { callService } from '../../http/call-service'
import type { JsonRequest, RequestLogLine } from '../../http/request-json'
import { InvalidInputError } from '../field-issue'
import { NCLUE, NCLUE_DEFAULT_BASE_URL, NCLUE_PAGE_LIMIT_DEFAULT, NCLUE_PAGE_LIMIT_MAX } from './assumptions'
import { checkIntent } from './check-intent'
import { describeNclueError } from './describe-error'
import { walkPages } from './paging'
import { findProfilesByName, pickTask, trackStatuses } from './reconcile'
import { createdSchema, deletedSchema, profilePageSchema, profileSchema, taskPageSchema } from './schemas'
import { ncpAuthHeaders } from './signature'
import type { CreatedIntent, IntentInput, IntentProfile, NclueTask, ProfilePage, TrackedStatus } from './types'

/** How to reach NCLUE. */
export interface NclueClientOptions {
  readonly accessKey: string
  readonly secretKey: string
  /** Defaults to NCLUE_DEFAULT_BASE_URL; the practice emulator gives its own. */
  readonly baseUrl?: string
  readonly timeoutMs?: number
  readonly maxBodyBytes?: number
  readonly fetch?: typeof fetch
  readonly log?: (line: RequestLogLine) => void
  /** Clock for the signed timestamp (tests inject skew). */
  readonly now?: () => number
  /** Awaited before every request, so the engine's 1-rps limiter also paces multi-page helpers. */
  readonly gate?: () => Promise<void>
}

/** Per-call options. */
export interface CallOptions {
  readonly signal?: AbortSignal
}

/**
 * NCLUE Shopping Intent client over the NCP API Gateway (signature v2). Each
 * plain method makes one request; the list helpers (listTasks,
 * findProfilesByName, trackStatuses) page through lists and await `gate`
 * before each page. No retries, no pacing of its own.
 */
export class NclueClient {
  private readonly base: string
  private tasks: Promise<NclueTask[]> | null = null

  constructor(private readonly options: NclueClientOptions) {
    this.base = (options.baseUrl ?? NCLUE_DEFAULT_BASE_URL).replace(/\/+$/, '')
  }

  /** POST /profile/shopping-intents; the name is checked (1–100 chars) before sending. */
  async createProfile(input: IntentInput, options: CallOptions = {}): Promise<CreatedIntent> {
    const issues = checkIntent(input)
    if (issues.length > 0) throw new InvalidInputError(NCLUE, issues)
    return this.send('create shopping intent', 'POST', '/profile/shopping-intents', { name: input.name, task_id: input.task_id }, false, createdSchema, options)
  }

  /** GET /profile/shopping-intents?index&limit (one page; index is an item offset). */
  async listProfiles(page: { readonly index?: number; readonly limit?: number } = {}, options: CallOptions = {}): Promise<ProfilePage> {
    const index = page.index ?? 0
    const limit = page.limit ?? NCLUE_PAGE_LIMIT_DEFAULT
    if (!Number.isInteger(index) || index < 0) throw new RangeError('index must be a whole number ≥ 0.')
    if (!Number.isInteger(limit) || limit < 1 || limit > NCLUE_PAGE_LIMIT_MAX) throw new RangeError(`limit must be 1–${NCLUE_PAGE_LIMIT_MAX}.`)
    return this.send('list shopping intents', 'GET', `/profile/shopping-intents?index=${index}&limit=${limit}`, undefined, true, profilePageSchema, options)
  }

  /** GET /profile/shopping-intents/{id}. */
  async getProfile(profileId: string, options: CallOptions = {}): Promise<IntentProfile> {
    return this.send('read shopping intent', 'GET', `/profile/shopping-intents/${encodeURIComponent(profileId)}`, undefined, true, profileSchema, options)
  }

  /** DELETE /profile/shopping-intents/{id}; only allowed in registered, completed or failed. */
  async deleteProfile(profileId: string, options: CallOptions = {}): Promise<{ profile_id: string }> {
    return this.send('delete shopping intent', 'DELETE', `/profile/shopping-intents/${encodeURIComponent(profileId)}`, undefined, true, deletedSchema, options)
  }

  /** Every task (GET /tasks, all pages of 100). */
  async listTasks(options: CallOptions = {}): Promise<NclueTask[]> {
    const all: NclueTask[] = []
    await walkPages(
      async (index, limit) => {
        const page = await this.send('list tasks', 'GET', `/tasks?index=${index}&limit=${limit}`, undefined, true, taskPageSchema, options)
        return { total: page.total, items: page.tasks }
      },
      (items) => (all.push(...items), false)
    )
    return all
  }

  /** The account's tasks, listed once (all pages) and kept for this client's life: one listing per job. A failed listing is tried again next time. */
  async taskList(options: CallOptions & { readonly refresh?: boolean } = {}): Promise<NclueTask[]> {
    if (this.tasks === null || options.refresh === true) {
      const loading = this.listTasks(options)
      this.tasks = loading
      loading.catch(() => {
        if (this.tasks === loading) this.tasks = null
      })
    }
    return this.tasks
  }

  /** Turns a task name (or id) from a spreadsheet into a task id, through the cached task list. */
  async resolveTaskId(nameOrId: string, options: CallOptions & { readonly refresh?: boolean } = {}): Promise<string> {
    return pickTask(await this.taskList(options), nameOrId)
  }

  /** Existing profiles by exact name, via the list endpoint (for reconciliation). */
  async findProfilesByName(names: readonly string[], options: CallOptions = {}): Promise<Map<string, IntentProfile>> {
    return findProfilesByName((index, limit) => this.listProfiles({ index, limit }, options), names)
  }

  /** Status of each id via the list endpoint, up to 100 profiles per request. */
  async trackStatuses(ids: readonly string[], options: CallOptions = {}): Promise<Map<string, TrackedStatus>> {
    return trackStatuses((index, limit) => this.listProfiles({ index, limit }, options), ids)
  }

  private async send<S extends z.ZodType>(operation: string, method: JsonRequest['method'], pathAndQuery: string, json: unknown, idempotent: boolean, schema: S, options: CallOptions): Promise<z.output<S>> {
    const o = this.options
    await o.gate?.()
    const url = new URL(`${this.base}${pathAndQuery}`)
    const timestamp = (o.now ?? Date.now)()
    const req: JsonRequest = {
      service: NCLUE, operation, method, url: url.href, json, idempotent,
      headers: ncpAuthHeaders(method, url, timestamp, o.accessKey, o.secretKey), secrets: [o.secretKey, o.accessKey],
      timeoutMs: o.timeoutMs, maxBodyBytes: o.maxBodyBytes, fetch: o.fetch, log: o.log, signal: options.signal
    }
    return callService(req, schema, describeNclueError(timestamp))
  }
}
