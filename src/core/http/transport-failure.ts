/**
 * Turns what fetch throws on a failed connection into facts we may keep:
 * an error code string and whether the request could have reached the
 * server. The thrown object itself is never kept, because undici errors can
 * reference the request and its headers.
 */

/** Codes meaning the connection was never established, so no byte of the request was sent. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
  'UND_ERR_INVALID_ARG',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

/** The secret-free facts about a failed fetch. */
export interface TransportFailure {
  readonly code: string | undefined
  /** False only when we know the request never left this machine. */
  readonly maybeSent: boolean
  /** Plain-English reason for shop staff. */
  readonly explanation: string
}

/** Finds the first string `code` along an error's cause chain (undici nests it). */
function findCode(err: unknown): string | undefined {
  let current: unknown = err
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code: unknown = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[A-Z0-9_]{2,60}$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** Explains a connection error code without quoting the original error text. */
function explain(code: string | undefined): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the server name could not be found (check the address and the internet connection)'
  if (code === 'ECONNREFUSED') return 'the server refused the connection'
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return 'the connection could not be opened in time'
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'EHOSTDOWN') return 'the network could not reach the server'
  if (code !== undefined && (code.includes('CERT') || code.includes('TLS'))) return "the server's security certificate was not accepted"
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'the connection was cut before an answer arrived'
  if (code === 'ERR_INVALID_URL') return 'the service address is not a valid URL'
  return 'the connection failed'
}

/** Classifies anything fetch threw (other than our own abort) into secret-free facts. */
export function describeTransportFailure(err: unknown): TransportFailure {
  const code = findCode(err)
  // fetch rejects with a bare TypeError (not 'fetch failed') when it cannot even build the
  // request, e.g. an invalid header value; its message may quote that value, so drop it.
  if (code === undefined && err instanceof TypeError && err.message !== 'fetch failed' && err.cause === undefined) {
    return { code: undefined, maybeSent: false, explanation: 'the request could not be built (invalid address or header value)' }
  }
  const maybeSent = code === undefined ? true : !NOT_SENT_CODES.has(code)
  return { code, maybeSent, explanation: explain(code) }
}
