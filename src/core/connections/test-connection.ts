import type { ConnectionTestResult } from '../../shared/app-types'
import type { ServiceId } from '../../shared/targets'
import { redact } from '../http/redact'
import { ServiceError } from '../http/service-error'
import { NclueClient } from '../services/nclue/client'
import { OccAdminClient } from '../services/occ/admin-client'
import { OccStorefrontClient } from '../services/occ/storefront-client'
import { OmnicommerceClient } from '../services/omnicommerce/client'
import { apiKeyOf, appKeyOf, ConnectionSetupError, ncpKeysOf, secretsOf, type TargetConnection } from '../targets/connection'

/** A test should answer while the person is still looking at the button. */
export const TEST_TIMEOUT_MS = 15_000

/** Knobs for tests of the test: the clock NCLUE signs with, and the time limit. */
export interface ProbeOptions {
  readonly now?: () => number
  readonly timeoutMs?: number
}

/**
 * The one harmless call per service: OMNICOMMERCE reads its status counts,
 * OCC admin logs in with the application key, the OCC storefront gets the
 * empty profile it documents refusing, NCLUE reads one entry of its
 * profile list. None of them changes anything.
 */
async function harmlessCall(service: ServiceId, c: TargetConnection, options: ProbeOptions): Promise<void> {
  const common = { baseUrl: c.baseUrl, timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS, ...(c.fetch ? { fetch: c.fetch } : {}) }
  if (service === 'omnicommerce') {
    await new OmnicommerceClient({ ...common, apiKey: apiKeyOf(c.credentials) }).getStatusCount()
  } else if (service === 'nclue') {
    await new NclueClient({ ...common, ...ncpKeysOf(c.credentials), ...(options.now ? { now: options.now } : {}) }).listProfiles({ index: 0, limit: 1 })
  } else if (c.occMode === 'storefront') {
    await new OccStorefrontClient(common).checkStore(c.language === undefined ? {} : { language: c.language })
  } else {
    const appKey = appKeyOf(c.credentials)
    if (appKey === null) throw new ConnectionSetupError('OCC admin mode needs an application key.')
    await new OccAdminClient({ ...common, appKey }).checkCredentials()
  }
}

/** Turns what a failed call threw into the plain outcome the screen explains, with the service's words. */
function outcomeOf(error: unknown, storefront: boolean): ConnectionTestResult {
  if (error instanceof ConnectionSetupError) return { outcome: 'no-key' }
  if (!(error instanceof ServiceError)) return { outcome: 'other' }
  const detail = error.message
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return { outcome: 'unreachable', detail }
    case 'auth':
      if (error.reason === 'clock-skew') return { outcome: 'clock-skew', detail }
      // A storefront has no key to be wrong: the store wants a sign-in this app doesn't do.
      return storefront ? { outcome: 'other', detail } : { outcome: 'wrong-key', detail }
    case 'bad-response':
      return { outcome: 'not-the-service', detail }
    case 'rejected':
      return error.status === 404 || error.status === 405 ? { outcome: 'not-the-service', detail } : { outcome: 'other', detail }
    default:
      return { outcome: 'other', detail }
  }
}

/**
 * "Test connection": makes the service's harmless authenticated call over
 * the connection and says plainly what happened. Never throws for a
 * service's answer; the detail is scrubbed of the connection's keys once
 * more, although the clients already keep them out of their errors.
 */
export async function probeConnection(service: ServiceId, connection: TargetConnection, options: ProbeOptions = {}): Promise<ConnectionTestResult> {
  try {
    await harmlessCall(service, connection, options)
    return { outcome: 'worked' }
  } catch (error) {
    const result = outcomeOf(error, service === 'occ' && connection.occMode === 'storefront')
    return result.detail === undefined ? result : { ...result, detail: redact(result.detail, secretsOf(connection.credentials)) }
  }
}
