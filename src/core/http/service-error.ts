import { redact } from './redact'

/**
 * What went wrong with one request, in the terms the upload engine decides by:
 * - network: no usable answer because the connection failed
 * - timeout: no answer within the per-request time limit
 * - rate-limited: the service said "too many requests" (see retryAfterMs)
 * - server: the service failed (5xx)
 * - auth: the credentials were refused (wrong key, expired token, clock skew)
 * - rejected: the service understood the request and refused it (4xx)
 * - bad-response: the answer was not what the contract says (HTML, garbage, wrong shape)
 */
export type ServiceErrorKind =
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'auth'
  | 'rejected'
  | 'bad-response'

/** Kinds where trying the same request again later may well succeed. */
const TRANSIENT_KINDS: ReadonlySet<ServiceErrorKind> = new Set(['network', 'timeout', 'rate-limited', 'server'])

/** Everything needed to build a ServiceError; `secrets` are scrubbed from the message. */
export interface ServiceErrorInit {
  readonly kind: ServiceErrorKind
  /** Display name of the service, e.g. 'OMNICOMMERCE'. */
  readonly service: string
  /** Plain-English explanation for shop staff; never contains a secret. */
  readonly message: string
  /** The server may have processed the request (it was sent, and no answer proves otherwise). */
  readonly ambiguous: boolean
  /** Repeating this exact request has no extra effect (GET, PUT of the same fields, upsert …). */
  readonly idempotent: boolean
  readonly status?: number
  readonly retryAfterMs?: number
  readonly serviceCode?: string
  readonly reason?: string
  readonly secrets?: readonly string[]
}

/**
 * The one error type every service client throws for a request that was
 * attempted. It carries no request, no headers and no `cause`, so printing,
 * logging or serialising it can never leak a key, token or password.
 */
export class ServiceError extends Error {
  readonly kind: ServiceErrorKind
  readonly service: string
  /** HTTP status, when the service answered. */
  readonly status: number | undefined
  /** How long the service asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | undefined
  /** The service's own error code (e.g. '22003', '10102', gateway '200'). */
  readonly serviceCode: string | undefined
  /** A stable machine key for the cause (e.g. 'email-taken', 'duplicate-name', 'clock-skew'). */
  readonly reason: string | undefined
  /** The server may have processed the request: resending a create could duplicate it. */
  readonly ambiguous: boolean
  /** Resending the identical request cannot cause a duplicate side effect. */
  readonly retrySafe: boolean
  /** Trying again later may succeed without anyone changing anything. */
  readonly transient: boolean

  constructor(init: ServiceErrorInit) {
    super(redact(init.message, init.secrets ?? []))
    this.name = 'ServiceError'
    const scrub = (v: string | undefined): string | undefined => (v === undefined ? v : redact(v, init.secrets ?? []))
    this.kind = init.kind
    this.service = init.service
    this.status = init.status
    this.retryAfterMs = init.retryAfterMs
    this.serviceCode = scrub(init.serviceCode)
    this.reason = init.reason
    this.ambiguous = init.ambiguous
    this.retrySafe = !init.ambiguous || init.idempotent
    this.transient = TRANSIENT_KINDS.has(init.kind)
  }

  /** A plain, secret-free snapshot for journals and reports. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      service: this.service,
      message: this.message,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      serviceCode: this.serviceCode,
      reason: this.reason,
      ambiguous: this.ambiguous,
      retrySafe: this.retrySafe,
      transient: this.transient
    }
  }
}

/** Narrows an unknown thrown value to a ServiceError. */
export function isServiceError(value: unknown): value is ServiceError {
  return value instanceof ServiceError
}
