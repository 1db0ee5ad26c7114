import {
  OMNICOMMERCE_AUTH_FAILED,
  OMNICOMMERCE_BLOCK_DUPLICATES,
  OMNICOMMERCE_CONTENT_TYPE,
  OMNICOMMERCE_ERROR_FIELD,
  OMNICOMMERCE_MAX_ITEMS_PER_REQUEST,
  OMNICOMMERCE_STATUS_NOT_FOUND,
  OMNICOMMERCE_STATUS_VERSIONS,
  OMNICOMMERCE_TOO_MANY_ITEMS
} from '../services/omnicommerce/assumptions'
import type { OmnicommerceStore } from './omnicommerce-store'
import type { EmuRequest, EmuResponse } from './types'

/** The Management API version the emulator serves writes on (§3.1). */
const MANAGEMENT_VERSION = '2022-08'

const fail = (status: number, errors: string): EmuResponse => ({ status, body: { [OMNICOMMERCE_ERROR_FIELD]: errors } })
/** §3.7: the observed error text for a malformed body (Image Moderation). */
const BAD_FORMAT = fail(400, 'invalid request format.')

/** Parses a JSON body, or returns undefined. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Builds the 202 summary from per-item outcomes (seed 003). */
function summary(outcomes: ReadonlyArray<{ id: string; error: string | null }>): EmuResponse {
  const failureList = outcomes.filter((o) => o.error !== null).map((o) => ({ id: o.id, errors: o.error }))
  return { status: 202, body: { accept: outcomes.length - failureList.length, failure: failureList.length, failureList } }
}

/** The id to report for an item, whatever shape it came in. */
const idOf = (item: unknown): string =>
  typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : ''

/** Handles POST/PUT/DELETE /2022-08/management/products. */
function products(req: EmuRequest, store: OmnicommerceStore): EmuResponse {
  if (req.method !== 'DELETE' && !(req.headers['content-type'] ?? '').toLowerCase().includes(OMNICOMMERCE_CONTENT_TYPE)) return BAD_FORMAT
  const body = parseBody(req.bodyText) as { products?: unknown; productIds?: unknown; options?: unknown } | undefined
  if (typeof body !== 'object' || body === null) return BAD_FORMAT
  const list = req.method === 'DELETE' ? body.productIds : body.products
  if (!Array.isArray(list) || list.length === 0) return BAD_FORMAT
  if (list.length > OMNICOMMERCE_MAX_ITEMS_PER_REQUEST) return fail(OMNICOMMERCE_TOO_MANY_ITEMS.status, OMNICOMMERCE_TOO_MANY_ITEMS.errors)
  if (req.method === 'POST') {
    const block = Array.isArray(body.options) && body.options.includes(OMNICOMMERCE_BLOCK_DUPLICATES)
    return summary(list.map((item: unknown) => ({ id: idOf(item), error: store.create(item, block) })))
  }
  if (req.method === 'PUT') return summary(list.map((item: unknown) => ({ id: idOf(item), error: store.update(item) })))
  return summary(list.map((id: unknown) => ({ id: typeof id === 'string' ? id : '', error: store.remove(id) })))
}

/** Handles GET /{version}/management/status/{id} and /status-count (§3.6). */
function status(version: string, rest: string, store: OmnicommerceStore): EmuResponse {
  if (rest === '/management/status-count') return { status: 200, body: store.counts() }
  const id = decodeURIComponent(rest.slice('/management/status/'.length))
  const found = store.status(id)
  if (found === null || (found.status === 'DELETE' && version === '2022-08')) {
    return fail(OMNICOMMERCE_STATUS_NOT_FOUND.status, OMNICOMMERCE_STATUS_NOT_FOUND.errors)
  }
  return { status: 200, body: version === '2023-05' ? { id, ...found } : found }
}

/**
 * The emulated OMNICOMMERCE Management and Status APIs behind the
 * `/omnicommerce` prefix: X-Api-Key auth, batch limits, per-item results.
 */
export function handleOmnicommerce(req: EmuRequest, store: OmnicommerceStore, apiKey: string): EmuResponse {
  if (req.headers['x-api-key'] !== apiKey) return fail(OMNICOMMERCE_AUTH_FAILED.status, OMNICOMMERCE_AUTH_FAILED.errors)
  const match = /^\/([^/]+)(\/.*)$/.exec(req.path)
  const version = match?.[1] ?? ''
  const rest = match?.[2] ?? ''
  if (rest === '/management/products' && version === MANAGEMENT_VERSION && ['POST', 'PUT', 'DELETE'].includes(req.method)) {
    return products(req, store)
  }
  const isStatus = rest === '/management/status-count' || /^\/management\/status\/[^/]+$/.test(rest)
  if (isStatus && req.method === 'GET' && (OMNICOMMERCE_STATUS_VERSIONS as readonly string[]).includes(version)) {
    return status(version, rest, store)
  }
  return fail(404, 'not found.')
}
