/**
 * Turns what fetch throws on a failed connection into facts we may keep:
 * an error code string and whether the request could have reached the
 * server. The thrown object itself is never kept, because undici errors can
 * reference the request and its headers. Two network stacks feed it: Node's
 * (undici, system errno codes) in the CLI and the web build, and Chromium's
 * (Electron's net.fetch, `ERR_…` names without the `net::` prefix) in the
 * desktop app.
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
  'ERR_TLS_CERT_ALTNAME_INVALID',
  // Chromium: the connection (or the proxy's tunnel to it) never opened.
  'ERR_NAME_NOT_RESOLVED',
  'ERR_NAME_RESOLUTION_FAILED',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_TIMED_OUT',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_ADDRESS_INVALID',
  'ERR_PROXY_CONNECTION_FAILED',
  'ERR_TUNNEL_CONNECTION_FAILED',
  'ERR_PROXY_AUTH_REQUESTED',
  'ERR_SSL_PROTOCOL_ERROR',
  'ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
  'ERR_BAD_SSL_CLIENT_AUTH_CERT',
  'ERR_BLOCKED_BY_CLIENT',
  'ERR_BLOCKED_BY_ADMINISTRATOR',
  'ERR_DISALLOWED_URL_SCHEME',
  'ERR_UNSAFE_PORT',
  // The service answered with a redirect, which Sheetport never follows: it did not process the request there.
  'ERR_UNEXPECTED_REDIRECT'
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
  if (code === 'ERR_INTERNET_DISCONNECTED') return 'this computer is not connected to the internet'
  if (code === 'ERR_PROXY_CONNECTION_FAILED' || code === 'ERR_TUNNEL_CONNECTION_FAILED' || code === 'ERR_PROXY_AUTH_REQUESTED') {
    return "the network's proxy server did not let the connection through (check the proxy settings with whoever runs the network)"
  }
  if (code === 'ERR_UNEXPECTED_REDIRECT') return 'the service address redirects elsewhere (check the address)'
  if (code === 'ERR_BLOCKED_BY_ADMINISTRATOR' || code === 'ERR_BLOCKED_BY_CLIENT') return 'a policy on this computer blocked the connection'
  if (code === 'ERR_NAME_NOT_RESOLVED' || code === 'ERR_NAME_RESOLUTION_FAILED') return 'the server name could not be found (check the address and the internet connection)'
  if (code === 'ERR_CONNECTION_REFUSED') return 'the server refused the connection'
  if (code === 'ERR_CONNECTION_TIMED_OUT') return 'the connection could not be opened in time'
  if (code === 'ERR_ADDRESS_UNREACHABLE') return 'the network could not reach the server'
  if (code === 'ERR_CONNECTION_RESET' || code === 'ERR_CONNECTION_CLOSED' || code === 'ERR_EMPTY_RESPONSE' || code === 'ERR_CONNECTION_ABORTED') return 'the connection was cut before an answer arrived'
  if (code !== undefined && code.startsWith('ERR_SSL')) return "the server's security certificate was not accepted"
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
  // Chromium's ERR_CERT_… family: the TLS handshake failed, so no byte of the request went out.
  const maybeSent = code === undefined ? true : !(NOT_SENT_CODES.has(code) || code.startsWith('ERR_CERT_'))
  return { code, maybeSent, explanation: explain(code) }
}
