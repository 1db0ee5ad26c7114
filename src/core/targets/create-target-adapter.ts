import type { TargetId } from '../../shared/targets'
import { NclueClient } from '../services/nclue/client'
import { OccAdminClient } from '../services/occ/admin-client'
import { OccStorefrontClient } from '../services/occ/storefront-client'
import { OmnicommerceClient } from '../services/omnicommerce/client'
import { COLD_START_MARGIN_MS } from '../upload/pacing'
import type { TargetAdapter } from '../upload/target-adapter'
import { apiKeyOf, appKeyOf, ConnectionSetupError, ncpKeysOf, secretsOf, type TargetConnection } from './connection'
import { createCustomersAdapter } from './customers/customers-adapter'
import { createIntentsAdapter } from './intents/intents-adapter'
import { NCLUE_MIN_INTERVAL_MS, spacingGate } from './intents/spacing-gate'
import { createProductsAdapter } from './products/products-adapter'

/** Client options every service shares. */
function common(c: TargetConnection): { baseUrl: string; timeoutMs?: number; fetch?: typeof fetch } {
  return { baseUrl: c.baseUrl, ...(c.timeoutMs === undefined ? {} : { timeoutMs: c.timeoutMs }), ...(c.fetch === undefined ? {} : { fetch: c.fetch }) }
}

/** OCC: the creating client for the mode, and the admin client for lookups when there is an application key. */
function customersAdapter(c: TargetConnection): TargetAdapter {
  const appKey = appKeyOf(c.credentials)
  const mode = c.occMode ?? (appKey === null ? 'storefront' : 'admin')
  if (mode === 'admin' && appKey === null) throw new ConnectionSetupError('OCC admin mode needs an application key in the connection.')
  const admin = appKey === null ? null : new OccAdminClient({ ...common(c), appKey })
  return createCustomersAdapter({
    creator: mode === 'admin' && admin !== null ? admin : new OccStorefrontClient(common(c)),
    lookup: admin,
    language: c.language,
    messageLanguage: c.messageLanguage,
    secrets: secretsOf(c.credentials),
    previouslyUnanswered: c.previouslyUnanswered
  })
}

/** NCLUE: a signed client whose own requests are spaced to the documented 1 request per second. */
function intentsAdapter(c: TargetConnection): TargetAdapter {
  const interval = c.nclueMinIntervalMs ?? NCLUE_MIN_INTERVAL_MS
  const client = new NclueClient({ ...common(c), ...ncpKeysOf(c.credentials), ...(interval > 0 ? { gate: spacingGate(interval, Date.now, COLD_START_MARGIN_MS) } : {}) })
  return createIntentsAdapter(client, { messageLanguage: c.messageLanguage, secrets: secretsOf(c.credentials) })
}

/**
 * The upload engine's adapter for a target over a connection: builds the
 * service client from the connection and wraps it. Throws
 * ConnectionSetupError (naming no credential) when the connection can't
 * serve the target.
 */
export function createTargetAdapter(target: TargetId, connection: TargetConnection): TargetAdapter {
  switch (target) {
    case 'products:create':
    case 'products:update':
    case 'products:delete': {
      const client = new OmnicommerceClient({ ...common(connection), apiKey: apiKeyOf(connection.credentials) })
      const operation = target === 'products:create' ? 'create' : target === 'products:update' ? 'update' : 'delete'
      return createProductsAdapter(client, {
        operation,
        blockDuplicates: connection.blockDuplicates,
        messageLanguage: connection.messageLanguage,
        secrets: secretsOf(connection.credentials)
      })
    }
    case 'customers:create':
      return customersAdapter(connection)
    case 'intents:create':
      return intentsAdapter(connection)
  }
}
