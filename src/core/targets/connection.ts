import type { Language } from '../../shared/text'

/**
 * The credentials a target needs: an OMNICOMMERCE API key (a string or
 * `{apiKey}`), NCP access and secret keys for NCLUE, an OCC application key
 * for admin mode, or nothing for the OCC storefront.
 */
export type TargetCredentials =
  | string
  | { readonly apiKey: string }
  | { readonly accessKey: string; readonly secretKey: string }
  | { readonly appKey: string }
  | null

/** OCC: create through the anonymous storefront API or the admin API (application key). */
export type OccMode = 'storefront' | 'admin'

/** Everything createTargetAdapter needs to reach a service. Only baseUrl is always required. */
export interface TargetConnection {
  readonly baseUrl: string
  readonly credentials?: TargetCredentials
  /** OCC only; default 'admin' when an application key is given, else 'storefront'. */
  readonly occMode?: OccMode
  /** OCC only: sent as X-CCAsset-Language. */
  readonly language?: string
  /** products:create only: refuse ids that already exist instead of overwriting them. */
  readonly blockDuplicates?: boolean
  /** Language of outcome messages; default 'en'. */
  readonly messageLanguage?: Language
  /** Per-request time limit for the clients. */
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** NCLUE only: least time between the adapter's own requests (default NCLUE_MIN_INTERVAL_MS; 0 turns it off). */
  readonly nclueMinIntervalMs?: number
  /** OCC only: lower-cased emails of rows whose earlier create went unanswered (see createCustomersAdapter). */
  readonly previouslyUnanswered?: Iterable<string>
}

/** Thrown for a connection that can't serve a target (missing or wrong kind of credentials). Never quotes a credential. */
export class ConnectionSetupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConnectionSetupError'
  }
}

const field = (c: TargetCredentials | undefined, key: string): string | undefined => {
  if (typeof c !== 'object' || c === null) return undefined
  const value: unknown = (c as Record<string, unknown>)[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The OMNICOMMERCE API key, or throws. */
export function apiKeyOf(c: TargetCredentials | undefined): string {
  const key = typeof c === 'string' && c !== '' ? c : field(c, 'apiKey')
  if (key === undefined) throw new ConnectionSetupError('OMNICOMMERCE needs an API key (X-Api-Key) in the connection.')
  return key
}

/** The NCP access and secret keys, or throws. */
export function ncpKeysOf(c: TargetCredentials | undefined): { accessKey: string; secretKey: string } {
  const accessKey = field(c, 'accessKey')
  const secretKey = field(c, 'secretKey')
  if (accessKey === undefined || secretKey === undefined) throw new ConnectionSetupError('NCLUE needs an NCP access key and secret key in the connection.')
  return { accessKey, secretKey }
}

/** The OCC application key, or null when the connection has none. */
export function appKeyOf(c: TargetCredentials | undefined): string | null {
  return field(c, 'appKey') ?? null
}

/** Every credential string of a connection, for scrubbing from outcome messages. */
export function secretsOf(c: TargetCredentials | undefined): string[] {
  if (typeof c === 'string') return [c]
  if (typeof c !== 'object' || c === null) return []
  return Object.values(c).filter((v): v is string => typeof v === 'string' && v !== '')
}
