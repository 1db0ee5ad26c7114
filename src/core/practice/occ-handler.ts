import {
  OCC_ADMIN_LOGIN_PATH,
  OCC_ADMIN_PROFILES_PATH,
  OCC_ADMIN_REFRESH_PATH,
  OCC_ASSUMED_ERRORS,
  OCC_ERROR_HTTP_STATUS,
  OCC_STORE_PROFILES_ANONYMOUS,
  OCC_STORE_PROFILES_PATH,
  OCC_UNAUTHORIZED
} from '../services/occ/assumptions'
import type { OccFailure, OccStore, StoredOccProfile } from './occ-store'
import type { EmuRequest, EmuResponse } from './types'

/** An errorModel answer (§2.3). */
export function occError(status: number, code: string, message: string): EmuResponse {
  return { status, body: { errorCode: code, message, status: String(status), errors: [] } }
}

const unauthorized = (): EmuResponse => occError(OCC_UNAUTHORIZED.status, OCC_UNAUTHORIZED.errorCode, OCC_UNAUTHORIZED.message)

/** The bearer token of a request, or ''. */
function bearer(req: EmuRequest): string {
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')
  return m?.[1]?.trim() ?? ''
}

/** Parses a JSON body (undefined when it is not JSON). */
function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Runs a create and shapes the answer. */
function create(req: EmuRequest, store: OccStore, via: 'store' | 'admin'): EmuResponse {
  const language = req.headers['x-ccasset-language']
  const result: { id: string } | OccFailure = store.create(json(req.bodyText), via, typeof language === 'string' ? language : undefined)
  if ('code' in result) return occError(OCC_ERROR_HTTP_STATUS, result.code, result.message)
  return { status: 200, body: { id: result.id, links: [{ rel: 'self', href: `${OCC_STORE_PROFILES_PATH}/${result.id}` }] } }
}

/** Public view of a stored profile (no password, ever). */
function view(p: StoredOccProfile): Record<string, unknown> {
  return { id: p.id, repositoryId: p.id, email: p.email, login: p.login, firstName: p.firstName, lastName: p.lastName,
    receiveEmail: p.receiveEmail, locale: p.locale, shippingAddresses: p.shippingAddresses, ...p.dynamicProperties }
}

/** Handles the admin API (everything under /ccadmin/v1 except login needs a live token). */
function admin(req: EmuRequest, store: OccStore, appKey: string): EmuResponse {
  const token = bearer(req)
  if (req.path === OCC_ADMIN_LOGIN_PATH && req.method === 'POST') {
    const form = new URLSearchParams(req.bodyText)
    if (form.get('grant_type') !== 'client_credentials' || token !== appKey) return unauthorized()
    return { status: 200, body: { access_token: store.issueToken(), token_type: 'bearer' } }
  }
  if (!store.tokenValid(token)) return unauthorized()
  if (req.path === OCC_ADMIN_REFRESH_PATH && req.method === 'POST') return { status: 200, body: { access_token: store.issueToken(), token_type: 'bearer' } }
  if (req.path === OCC_ADMIN_PROFILES_PATH && req.method === 'POST') return create(req, store, 'admin')
  if (req.path === OCC_ADMIN_PROFILES_PATH && req.method === 'GET') {
    const all = store.find(req.query.get('q'))
    const offset = Math.max(0, Number(req.query.get('offset') ?? 0) || 0)
    const limit = Math.max(1, Number(req.query.get('limit') ?? 250) || 250)
    return { status: 200, body: { total: all.length, totalResults: all.length, offset, limit, items: all.slice(offset, offset + limit).map(view) } }
  }
  const one = /^\/ccadmin\/v1\/profiles\/([^/]+)$/.exec(req.path)
  if (one !== null && req.method === 'GET') {
    const p = store.profiles.get(decodeURIComponent(one[1] ?? ''))
    const nf = OCC_ASSUMED_ERRORS.profileNotFound
    return p === undefined ? occError(nf.status, nf.code, nf.message) : { status: 200, body: view(p) }
  }
  return occError(404, '404', 'Not found.')
}

/**
 * Builds the handler for the `/occ` prefix: anonymous storefront
 * createProfile, admin login/refresh with the application key, admin
 * create/list/get behind a bearer token that expires.
 */
export function occHandler(store: OccStore, appKey: string): (req: EmuRequest) => EmuResponse {
  return (req) => {
    if (req.path === OCC_STORE_PROFILES_PATH && req.method === 'POST') {
      return OCC_STORE_PROFILES_ANONYMOUS || store.tokenValid(bearer(req)) ? create(req, store, 'store') : unauthorized()
    }
    if (req.path.startsWith('/ccadmin/v1/')) return admin(req, store, appKey)
    return occError(404, '404', 'Not found.')
  }
}
