import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Checks that a request was meant for this bridge: the Host header names the
 * loopback address and our port (which defeats DNS rebinding), and, for API
 * calls, the bearer token matches this run's random token (which no other
 * local page or site can know).
 */
export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** Compares the Authorization header with the run's token in constant time. */
export function tokenIsValid(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? ''
  const expected = Buffer.from(`Bearer ${token}`)
  const actual = Buffer.from(header)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A browser sends Origin on cross-site requests; ours must be our own origin or absent. */
export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}
