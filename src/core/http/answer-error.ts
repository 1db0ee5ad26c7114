import { describeBodyProblem } from './parse-json'
import type { JsonAnswer, JsonRequest } from './request-json'
import { parseRetryAfter } from './retry-after'
import { ServiceError, type ServiceErrorKind } from './service-error'

/** What a service-specific error body told us; every field optional. */
export interface ErrorDescription {
  /** Overrides the kind derived from the HTTP status. */
  readonly kind?: ServiceErrorKind
  readonly serviceCode?: string
  readonly reason?: string
  /** The service's own message (will be shortened and scrubbed). */
  readonly serverMessage?: string
  /** Our advice for shop staff, appended to the message. */
  readonly hint?: string
}

/** Reads a service's error body; each client supplies one for its documented/assumed shape. */
export type DescribeError = (answer: JsonAnswer) => ErrorDescription

const MAX_SERVER_MESSAGE = 300

/** The error kind an HTTP status means when the body says nothing more specific. */
export function kindForStatus(status: number): ServiceErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return 'rate-limited'
  if (status === 408) return 'timeout'
  if (status >= 500) return 'server'
  if (status >= 400) return 'rejected'
  return 'bad-response'
}

/**
 * Whether a failed (non-2xx) answer leaves open that the server did the work:
 * a 500, 502 or 504 may come after the write committed; 503, 429, 4xx and
 * redirects mean it was refused or never reached the service.
 */
function mayHaveProcessed(kind: ServiceErrorKind, status: number): boolean {
  return kind === 'server' && status !== 503
}

const PHRASES: Record<ServiceErrorKind, string> = {
  network: 'lost the connection during',
  timeout: 'timed out on',
  'rate-limited': 'asked us to slow down on',
  server: 'had an internal problem with',
  auth: 'refused the credentials for',
  rejected: 'rejected',
  'bad-response': 'gave an unexpected answer to'
}

/** Builds the ServiceError for a non-2xx answer, combining the status with the service's error body. */
export function errorFromAnswer(req: JsonRequest, answer: JsonAnswer, description: ErrorDescription): ServiceError {
  const kind = description.kind ?? kindForStatus(answer.status)
  const parts: string[] = [`${req.service} ${PHRASES[kind]} '${req.operation}' (HTTP ${answer.status}`]
  parts[0] += description.serviceCode !== undefined ? `, code ${description.serviceCode})` : ')'
  if (description.serverMessage !== undefined && description.serverMessage.trim() !== '') {
    parts.push(`: ${description.serverMessage.trim().slice(0, MAX_SERVER_MESSAGE)}`)
  } else if (answer.bodyProblem !== undefined) {
    parts.push(`: the answer was ${describeBodyProblem(answer.bodyProblem)}`)
  }
  parts.push('.')
  if (description.hint !== undefined) parts.push(` ${description.hint}`)
  else if (answer.status >= 300 && answer.status < 400) parts.push(' The address redirects elsewhere; check the service URL.')
  return new ServiceError({
    kind,
    service: req.service,
    status: answer.status,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after')),
    serviceCode: description.serviceCode,
    reason: description.reason,
    ambiguous: mayHaveProcessed(kind, answer.status),
    idempotent: req.idempotent,
    secrets: req.secrets,
    message: parts.join('')
  })
}
