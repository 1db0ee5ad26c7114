import { createHmac } from 'node:crypto'
import { NCP_HEADERS, NCP_SIGNS_RAW_PATH_AND_QUERY } from './assumptions'

/**
 * NCP API Gateway signature v2 (§1.3): standard base64 of HMAC-SHA256, keyed
 * by the secret key, over `METHOD path?query\ntimestamp\naccessKey` (no
 * trailing newline). `pathWithQuery` is the full request path as sent,
 * including the gateway base path (`/api/v1/...`), with the raw query string
 * when there is one and no `?` when there is none.
 */
export function signRequest(method: string, pathWithQuery: string, timestampMs: number | string, accessKey: string, secretKey: string): string {
  const message = `${method.toUpperCase()} ${pathWithQuery}\n${String(timestampMs)}\n${accessKey}`
  return createHmac('sha256', Buffer.from(secretKey, 'utf8')).update(message, 'utf8').digest('base64')
}

/** The exact `path?query` a request line carries for `url`, i.e. what the gateway verifies. */
export function signedPathOf(url: URL): string {
  if (NCP_SIGNS_RAW_PATH_AND_QUERY || url.search === '') return `${url.pathname}${url.search}`
  // Alternative reading of N5, should a real gateway canonicalise: parameters sorted by name.
  const sorted = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${url.pathname}?${new URLSearchParams(sorted).toString()}`
}

/** The three NCP auth headers for one request, computed over the URL that fetch will send. */
export function ncpAuthHeaders(method: string, url: URL, timestampMs: number, accessKey: string, secretKey: string): Record<string, string> {
  return {
    [NCP_HEADERS.timestamp]: String(timestampMs),
    [NCP_HEADERS.accessKey]: accessKey,
    [NCP_HEADERS.signature]: signRequest(method, signedPathOf(url), timestampMs, accessKey, secretKey)
  }
}
