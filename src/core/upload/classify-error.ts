/** The error kinds service clients report (see src/core/http/service-error.ts), plus our own fallback. */
export type ErrorKind = 'network' | 'timeout' | 'rate-limited' | 'server' | 'auth' | 'rejected' | 'bad-response' | 'unexpected'

const KNOWN_KINDS: ReadonlySet<string> = new Set(['network', 'timeout', 'rate-limited', 'server', 'auth', 'rejected', 'bad-response'])

/** Kinds that, when the error does not say, can only come from a request the server never processed. */
const NOT_PROCESSED_KINDS: ReadonlySet<ErrorKind> = new Set(['rate-limited', 'auth', 'rejected'])

/** The facts about a failed request that retry decisions need. */
export interface ClassifiedError {
  readonly kind: ErrorKind
  /** The server may have processed the request. */
  readonly ambiguous: boolean
  /** The client says resending this exact request cannot duplicate anything. */
  readonly retrySafe: boolean
  readonly retryAfterMs?: number
  readonly status?: number
  /** A stable machine key for the cause, when the client gave one (e.g. 'email-taken'). */
  readonly reason?: string
  /** Secret-free text for shop staff. */
  readonly message: string
}

const MAX_MESSAGE = 500

/**
 * Reads an unknown thrown value by shape, never by class, so errors from any
 * client (or a test double) classify the same way. Anything without a known
 * `kind` is 'unexpected' and treated as possibly processed; its own message
 * is not kept, because a stray error may quote a request or a header.
 */
export function classifyError(error: unknown): ClassifiedError {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {}
  const rawKind = record['kind']
  if (typeof rawKind !== 'string' || !KNOWN_KINDS.has(rawKind)) {
    const name = error instanceof Error ? error.name : typeof error
    return { kind: 'unexpected', ambiguous: true, retrySafe: false, message: `An unexpected error happened while sending (${name}).` }
  }
  const kind = rawKind as ErrorKind
  const ambiguous = typeof record['ambiguous'] === 'boolean' ? record['ambiguous'] : !NOT_PROCESSED_KINDS.has(kind)
  const retrySafe = typeof record['retrySafe'] === 'boolean' ? record['retrySafe'] : !ambiguous
  const message = typeof record['message'] === 'string' && record['message'] !== '' ? record['message'].slice(0, MAX_MESSAGE) : `The request failed (${kind}).`
  return {
    kind,
    ambiguous,
    retrySafe,
    message,
    ...(finiteNonNegative(record['retryAfterMs']) !== undefined ? { retryAfterMs: finiteNonNegative(record['retryAfterMs']) } : {}),
    ...(typeof record['status'] === 'number' ? { status: record['status'] } : {}),
    ...(typeof record['reason'] === 'string' ? { reason: record['reason'] } : {})
  }
}

function finiteNonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}
