import { z } from 'zod'
import { callService } from '../../http/call-service'
import type { RequestLogLine } from '../../http/request-json'
import { ServiceError } from '../../http/service-error'
import { OCC, OCC_STORE_PROFILES_PATH, OCC_STOREFRONT_PROBE } from './assumptions'
import { describeOccError } from './describe-error'
import { buildProfileBody, customerSecrets } from './profile-body'
import type { CreatedProfile, CustomerInput } from './types'

/** Connection settings shared by both OCC clients. */
export interface OccConnection {
  /** The instance URL, e.g. https://ccstore-xxxx.oracleoutsourcing.com (no default: every instance differs). */
  readonly baseUrl: string
  readonly timeoutMs?: number
  readonly maxBodyBytes?: number
  readonly fetch?: typeof fetch
  readonly log?: (line: RequestLogLine) => void
}

/** Per-call options for profile creation. */
export interface CreateProfileOptions {
  /** Sent as X-CCAsset-Language (§2.1). */
  readonly language?: string
  readonly signal?: AbortSignal
}

/**
 * §2.2 / seed 002: `{"id": "110026"}` (newer versions add links). ASSUMPTION:
 * ids are short tokens (letters, digits, . _ : -); anything else is contract drift.
 */
export const createdProfileSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'not a profile id'))
})

/** Removes trailing slashes so paths can be appended. */
export function trimBase(url: string): string {
  return url.replace(/\/+$/, '')
}

/**
 * OCC storefront client: creates shopper profiles through the anonymous
 * self-registration endpoint POST /ccstore/v1/profiles (O1 ASSUMPTION: no
 * token needed). One request per call, no retries. Creates are not
 * idempotent: an ambiguous failure must be reconciled, not resent.
 */
export class OccStorefrontClient {
  constructor(private readonly connection: OccConnection) {}

  /** Creates one profile; resolves to its new id, rejects with a ServiceError (reason e.g. 'email-taken'). */
  async createProfile(input: CustomerInput, options: CreateProfileOptions = {}): Promise<CreatedProfile> {
    const c = this.connection
    const headers: Record<string, string> = {}
    if (options.language !== undefined) headers['x-ccasset-language'] = options.language
    return callService(
      {
        service: OCC, operation: 'create customer profile', method: 'POST', url: `${trimBase(c.baseUrl)}${OCC_STORE_PROFILES_PATH}`,
        headers, json: buildProfileBody(input), idempotent: false, secrets: customerSecrets(input),
        timeoutMs: c.timeoutMs, maxBodyBytes: c.maxBodyBytes, fetch: c.fetch, log: c.log, signal: options.signal
      },
      createdProfileSchema,
      describeOccError
    )
  }

  /**
   * "Test connection" for storefront mode: sends the empty createProfile of
   * OCC_STOREFRONT_PROBE, which a store refuses with the documented 22003
   * before creating anything. Resolves when that refusal comes back; rejects
   * with the ServiceError of any other answer (an empty profile accepted
   * means this is not an OCC store).
   */
  async checkStore(options: CreateProfileOptions = {}): Promise<void> {
    const c = this.connection
    const headers: Record<string, string> = {}
    if (options.language !== undefined) headers['x-ccasset-language'] = options.language
    const req = {
      service: OCC, operation: 'check the store address', method: 'POST', url: `${trimBase(c.baseUrl)}${OCC_STORE_PROFILES_PATH}`,
      headers, json: OCC_STOREFRONT_PROBE.body, idempotent: true, secrets: [],
      timeoutMs: c.timeoutMs, maxBodyBytes: c.maxBodyBytes, fetch: c.fetch, log: c.log, signal: options.signal
    } as const
    try {
      await callService(req, createdProfileSchema, describeOccError)
    } catch (error) {
      if (error instanceof ServiceError && error.serviceCode === OCC_STOREFRONT_PROBE.expectedCode) return
      throw error
    }
    throw new ServiceError({ kind: 'bad-response', service: OCC, status: 200, ambiguous: false, idempotent: true,
      message: `${OCC} accepted an empty customer profile, which an Oracle Commerce Cloud store refuses; check the instance URL.` })
  }
}
