import { z } from 'zod'
import { callService } from '../../http/call-service'
import type { JsonRequest } from '../../http/request-json'
import { ServiceError } from '../../http/service-error'
import { OCC, OCC_ADMIN_LOGIN_PATH, OCC_ADMIN_PROFILES_PATH, OCC_EMAIL_CASE_INSENSITIVE, OCC_EMAIL_FILTER, OCC_LIST_ITEMS_FIELD, OCC_TOKEN_RENEW_AFTER_MS } from './assumptions'
import { describeOccError } from './describe-error'
import { buildProfileBody, customerSecrets } from './profile-body'
import { createdProfileSchema, trimBase, type CreateProfileOptions, type OccConnection } from './storefront-client'
import { OccTokenManager } from './token-manager'
import type { CreatedProfile, CustomerInput, OccProfileSummary } from './types'

/** Admin-mode settings: an application key (a JWT from Settings → Web APIs → Registered Applications). */
export interface OccAdminOptions extends OccConnection {
  readonly appKey: string
  /** Renew the token once it is this old (default 4 min; app-key tokens live 5 min). */
  readonly renewAfterMs?: number
  readonly now?: () => number
}

const loginSchema = z.object({ access_token: z.string().min(1), token_type: z.string().optional() })
const profileItem = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  email: z.string().nullish(),
  login: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish()
})
const listSchema = z.object({ [OCC_LIST_ITEMS_FIELD]: z.array(profileItem) })

/** A call to make with a bearer token. */
type Authed = Omit<JsonRequest, 'secrets' | 'headers'> & { readonly secrets: readonly string[]; readonly headers?: Record<string, string> }

/**
 * OCC admin client for integrations: exchanges the application key for a
 * 5-minute bearer token (renewed early, one login at a time), creates
 * profiles through POST /ccadmin/v1/profiles and finds existing ones by
 * email for reconciliation. A 401 is answered by one fresh login and one
 * resend (a refused request was not processed, so that is safe).
 */
export class OccAdminClient {
  private readonly base: string
  private readonly tokens: OccTokenManager

  constructor(private readonly options: OccAdminOptions) {
    this.base = trimBase(options.baseUrl)
    this.tokens = new OccTokenManager(() => this.login(), options.renewAfterMs ?? OCC_TOKEN_RENEW_AFTER_MS, options.now ?? Date.now)
  }

  /** Logs in once to prove the application key works ("test connection"). */
  async checkCredentials(): Promise<void> {
    await this.tokens.token()
  }

  /** Creates one profile through the admin API; resolves to the new id. */
  async createProfile(input: CustomerInput, options: CreateProfileOptions = {}): Promise<CreatedProfile> {
    const headers: Record<string, string> = {}
    if (options.language !== undefined) headers['x-ccasset-language'] = options.language
    const req: Authed = {
      ...this.common(), operation: 'create customer profile', method: 'POST', url: `${this.base}${OCC_ADMIN_PROFILES_PATH}`,
      json: buildProfileBody(input), idempotent: false, secrets: customerSecrets(input), headers, signal: options.signal
    }
    return this.withToken(req, createdProfileSchema)
  }

  /** Finds the profile whose email matches (case-insensitively), or null: for reconciling ambiguous creates. */
  async findProfileByEmail(email: string, options: { readonly signal?: AbortSignal } = {}): Promise<OccProfileSummary | null> {
    const query = `q=${encodeURIComponent(OCC_EMAIL_FILTER(email))}&limit=10`
    const req: Authed = {
      ...this.common(), operation: 'find customer by email', method: 'GET', url: `${this.base}${OCC_ADMIN_PROFILES_PATH}?${query}`,
      idempotent: true, secrets: [], signal: options.signal
    }
    const list = await this.withToken(req, listSchema)
    const norm = (s: string): string => (OCC_EMAIL_CASE_INSENSITIVE ? s.trim().toLowerCase() : s.trim())
    const hit = list[OCC_LIST_ITEMS_FIELD].find((p) => norm(p.email ?? '') === norm(email))
    if (hit === undefined) return null
    return { id: hit.id, email: hit.email ?? undefined, login: hit.login ?? undefined, firstName: hit.firstName ?? undefined, lastName: hit.lastName ?? undefined }
  }

  /** Sends `req` with the current token; on a 401 gets a fresh token and sends once more. */
  private async withToken<S extends z.ZodType>(req: Authed, schema: S): Promise<z.output<S>> {
    const send = async (token: string): Promise<z.output<S>> =>
      callService({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` }, secrets: [...req.secrets, token, this.options.appKey] }, schema, describeOccError)
    const first = await this.tokens.token()
    try {
      return await send(first)
    } catch (err) {
      if (!(err instanceof ServiceError) || err.status !== 401) throw err
      this.tokens.invalidate(first)
      return send(await this.tokens.token())
    }
  }

  /** POST /ccadmin/v1/login with the application key (§2.4). */
  private async login(): Promise<string> {
    const answer = await callService(
      {
        ...this.common(), operation: 'log in with the application key', method: 'POST', url: `${this.base}${OCC_ADMIN_LOGIN_PATH}`,
        headers: { authorization: `Bearer ${this.options.appKey}` }, form: { grant_type: 'client_credentials' },
        idempotent: true, secrets: [this.options.appKey]
      },
      loginSchema,
      (a) => ({ ...describeOccError(a), ...(a.status === 401 || a.status === 403 ? { reason: 'app-key-refused', hint: 'Check the OCC application key (Settings → Web APIs → Registered Applications).' } : {}) })
    )
    return answer.access_token
  }

  private common(): Pick<JsonRequest, 'service' | 'timeoutMs' | 'maxBodyBytes' | 'fetch' | 'log'> {
    const o = this.options
    return { service: OCC, timeoutMs: o.timeoutMs, maxBodyBytes: o.maxBodyBytes, fetch: o.fetch, log: o.log }
  }
}
