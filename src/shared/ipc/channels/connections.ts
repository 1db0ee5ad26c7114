import { z } from 'zod'
import type { ConnectionsFileProblem, ConnectionSummary } from '../../app-types'
import type { ServiceId } from '../../targets'
import { answers } from './define'

/*
 * Keys travel one way only: from the form to the main process, when a
 * connection is added or a key is replaced. An empty key field on update
 * means "keep the saved key". No answer ever carries a key. The schemas only
 * bound sizes and shapes; the core checks the values and explains problems
 * in plain words.
 */

/** A key field of the connection form. */
export type KeyField = 'apiKey' | 'appKey' | 'accessKey' | 'secretKey'

/** The key fields each service's form has (OCC's only in admin mode): what the core checks and the screen shows. */
export const KEY_FIELDS: Readonly<Record<ServiceId, readonly KeyField[]>> = {
  omnicommerce: ['apiKey'],
  occ: ['appKey'],
  nclue: ['accessKey', 'secretKey']
}

const text = z.string().max(2_000)
const key = z.string().max(8_000)
const id = z.string().min(1).max(200)

const omnicommerce = { service: z.literal('omnicommerce'), name: text, baseUrl: text, apiKey: key }
const occ = { service: z.literal('occ'), name: text, baseUrl: text, language: text, occMode: z.enum(['storefront', 'admin']), appKey: key }
const nclue = { service: z.literal('nclue'), name: text, baseUrl: text, accessKey: key, secretKey: key }

/** A new connection as the form sends it, keys included. */
export const connectionDraftSchema = z.discriminatedUnion('service', [z.strictObject(omnicommerce), z.strictObject(occ), z.strictObject(nclue)])

/** A change to a connection: the same fields plus its id; empty key fields keep the saved keys. */
export const connectionChangeSchema = z.discriminatedUnion('service', [
  z.strictObject({ id, ...omnicommerce }),
  z.strictObject({ id, ...occ }),
  z.strictObject({ id, ...nclue })
])

/** What the form sends to add a connection. */
export type ConnectionDraft = z.infer<typeof connectionDraftSchema>
/** What the form sends to change a connection. */
export type ConnectionChange = z.infer<typeof connectionChangeSchema>

/** Where imports go. Answers never carry a secret, only whether one is stored. */
export const CONNECTION_CHANNELS = {
  'connections:list': { request: z.undefined(), response: answers<ConnectionSummary[]>() },
  'connections:problems': { request: z.undefined(), response: answers<ConnectionsFileProblem | null>() },
  'connections:add': { request: connectionDraftSchema, response: answers<ConnectionSummary>() },
  'connections:update': { request: connectionChangeSchema, response: answers<ConnectionSummary>() },
  'connections:remove': { request: z.strictObject({ id }), response: answers<{ readonly id: string }>() },
  'connections:test': { request: z.strictObject({ id }), response: answers<ConnectionSummary>() }
} as const
