import { BodyTooLargeError, DEFAULT_MAX_BODY_BYTES, readBodyCapped } from './read-body'
import { describeBodyProblem, parseJsonText, type BodyProblem } from './parse-json'
import { ServiceError } from './service-error'
import { describeTransportFailure } from './transport-failure'

/** Default per-request time limit, covering connect, headers and the whole body. */
export const DEFAULT_TIMEOUT_MS = 30_000

/** One secret-free line about a finished request, for whoever wants a log. */
export interface RequestLogLine {
  readonly service: string
  readonly operation: string
  readonly method: string
  /** URL path without query string (queries may carry customer data). */
  readonly path: string
  readonly status: number | undefined
  readonly errorKind: string | undefined
  readonly ms: number
}

/** Everything requestJson needs for one HTTP exchange. */
export interface JsonRequest {
  /** Display name of the service, e.g. 'OCC'. */
  readonly service: string
  /** Short human name of the operation, e.g. 'create products'. */
  readonly operation: string
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  /** Sent as a JSON body with Content-Type application/json. */
  readonly json?: unknown
  /** Sent as an application/x-www-form-urlencoded body. */
  readonly form?: Readonly<Record<string, string>>
  /** Resending this exact request has no extra effect. */
  readonly idempotent: boolean
  /** Strings that must never appear in an error or log line (keys, tokens, passwords). */
  readonly secrets: readonly string[]
  readonly timeoutMs?: number
  readonly maxBodyBytes?: number
  /** Lets the caller cancel (e.g. the user pressed Stop). */
  readonly signal?: AbortSignal
  readonly fetch?: typeof fetch
  readonly log?: (line: RequestLogLine) => void
}

/** An HTTP answer whose body was read (and parsed as JSON when it could be). */
export interface JsonAnswer {
  readonly status: number
  readonly headers: Headers
  /** Parsed JSON; undefined when the body was empty or unreadable (see bodyProblem). */
  readonly body: unknown
  readonly bodyProblem: BodyProblem | undefined
}

/** Builds the fetch body and headers for a request. */
function encode(req: JsonRequest): { body: string | undefined; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers }
  if (req.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    return { body: new URLSearchParams({ ...req.form }).toString(), headers }
  }
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json'
    return { body: JSON.stringify(req.json), headers }
  }
  return { body: undefined, headers }
}

/** Path of a URL without its query, or '' when the URL is unreadable. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return ''
  }
}

/**
 * Makes exactly one HTTP request with a hard time limit and a body size cap,
 * and returns the status and parsed body of whatever the service answered.
 * Throws a ServiceError (never anything else, never anything holding the
 * request) when there is no usable answer: connection failure, timeout,
 * oversized body, or a 2xx whose body is not JSON. Non-2xx answers are
 * returned for the caller's service-specific error mapping.
 */
export async function requestJson(req: JsonRequest): Promise<JsonAnswer> {
  const started = Date.now()
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onCancel = (): void => controller.abort()
  if (req.signal?.aborted === true) controller.abort()
  req.signal?.addEventListener('abort', onCancel, { once: true })
  const base = { service: req.service, secrets: req.secrets, idempotent: req.idempotent }
  const finish = (status: number | undefined, errorKind: string | undefined): void =>
    req.log?.({ service: req.service, operation: req.operation, method: req.method, path: pathOf(req.url), status, errorKind, ms: Date.now() - started })
  let status: number | undefined
  try {
    const { body, headers } = encode(req)
    const response = await (req.fetch ?? fetch)(req.url, { method: req.method, headers, body, signal: controller.signal, redirect: 'manual' })
    status = response.status
    const text = await readBodyCapped(response, req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
    const parsed = parseJsonText(text, response.headers.get('content-type'))
    const ok = status >= 200 && status < 300
    if (ok && !parsed.ok) {
      throw new ServiceError({ ...base, kind: 'bad-response', status, ambiguous: true,
        message: `${req.service} answered '${req.operation}' with ${describeBodyProblem(parsed.problem)}.` })
    }
    finish(status, undefined)
    return { status, headers: response.headers, body: parsed.ok ? parsed.value : undefined, bodyProblem: parsed.ok ? undefined : parsed.problem }
  } catch (err) {
    const error = toServiceError(err, req, timedOut, timeoutMs, status)
    finish(status, error.kind)
    throw error
  } finally {
    clearTimeout(timer)
    req.signal?.removeEventListener('abort', onCancel)
  }
}

/** Maps anything thrown during the exchange to a secret-free ServiceError. */
function toServiceError(err: unknown, req: JsonRequest, timedOut: boolean, timeoutMs: number, status: number | undefined): ServiceError {
  if (err instanceof ServiceError) return err
  const base = { service: req.service, secrets: req.secrets, idempotent: req.idempotent, status }
  if (err instanceof BodyTooLargeError) {
    return new ServiceError({ ...base, kind: 'bad-response', ambiguous: true,
      message: `${req.service} answered '${req.operation}' with more than ${err.limitBytes} bytes; the answer was not read.` })
  }
  if (timedOut) {
    return new ServiceError({ ...base, kind: 'timeout', ambiguous: true,
      message: `${req.service} did not answer '${req.operation}' within ${Math.round(timeoutMs / 100) / 10} s; it may or may not have processed it.` })
  }
  if (req.signal?.aborted === true) {
    return new ServiceError({ ...base, kind: 'network', reason: 'cancelled', ambiguous: true,
      message: `'${req.operation}' was cancelled before ${req.service} answered; it may or may not have processed it.` })
  }
  const failure = describeTransportFailure(err)
  const tail = failure.maybeSent ? '; it may or may not have processed it' : '; nothing was sent'
  return new ServiceError({ ...base, kind: 'network', ambiguous: failure.maybeSent, reason: failure.code,
    message: `Could not complete '${req.operation}' with ${req.service}: ${failure.explanation}${failure.code ? ` (${failure.code})` : ''}${tail}.` })
}
