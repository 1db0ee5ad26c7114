import { timingSafeEqual } from 'node:crypto'
import { NCLUE_MAX_CLOCK_SKEW_MS, NCP_GATEWAY, NCP_HEADERS } from '../services/nclue/assumptions'
import { signRequest } from '../services/nclue/signature'
import type { EmuRequest, EmuResponse } from './types'

/** The gateway's error envelope (§1.4). */
export function gatewayError(status: number, errorCode: string, message: string, details?: string): EmuResponse {
  return { status, body: { error: { errorCode, message, ...(details === undefined ? {} : { details }) } } }
}

const authFailed = (details: string): EmuResponse =>
  gatewayError(NCP_GATEWAY.authFailed.status, NCP_GATEWAY.authFailed.errorCode, NCP_GATEWAY.authFailed.message, details)

/** A single header value (first one if repeated). */
function header(req: EmuRequest, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

/**
 * Verifies NCP signature v2 like the gateway would: all three headers
 * present, timestamp within 5 minutes of our clock, known access key, and
 * an HMAC over the exact request target the client sent (including the
 * `/nclue` practice prefix — a real gateway likewise sees and verifies the
 * `/api/v1/...` path the client signed). Returns null when the request may
 * pass, else the 401 envelope.
 */
export function verifyNcpSignature(req: EmuRequest, keys: Readonly<Record<string, string>>, now: number): EmuResponse | null {
  const timestamp = header(req, NCP_HEADERS.timestamp)
  const accessKey = header(req, NCP_HEADERS.accessKey)
  const signature = header(req, NCP_HEADERS.signature)
  if (timestamp === undefined || accessKey === undefined || signature === undefined) return authFailed(NCP_GATEWAY.details.missing)
  const ts = Number(timestamp)
  if (!/^\d{13}$/.test(timestamp) || Math.abs(now - ts) > NCLUE_MAX_CLOCK_SKEW_MS) return authFailed(NCP_GATEWAY.details.timestamp)
  const secret = Object.hasOwn(keys, accessKey) ? keys[accessKey] : undefined
  if (secret === undefined) return authFailed(NCP_GATEWAY.details.invalid)
  const expected = Buffer.from(signRequest(req.method, req.target, timestamp, accessKey, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return authFailed(NCP_GATEWAY.details.invalid)
  return null
}
