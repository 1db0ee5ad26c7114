import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultBook } from './faults'
import { GARBAGE_HTML } from './faults'
import { readRequestBody, RequestTooLarge, sleep, writeAnswer } from './http-io'
import type { RequestLog } from './request-log'
import { rateLimited, serviceError } from './service-errors'
import type { SlidingWindow } from './sliding-window'
import type { EmuRequest, EmuResponse, PracticeService, RequestLogEntry } from './types'

/** What one service needs at dispatch time. */
export interface ServiceSlot {
  readonly handle: (req: EmuRequest) => EmuResponse
  readonly window: SlidingWindow
  readonly faults: FaultBook
}

/** Everything the dispatcher shares across requests. */
export interface DispatchContext {
  readonly slots: Readonly<Record<PracticeService, ServiceSlot>>
  readonly log: RequestLog
  readonly maxBodyBytes: number
}

const PREFIXES: Readonly<Record<string, PracticeService>> = { omnicommerce: 'omnicommerce', occ: 'occ', nclue: 'nclue' }

/** Answers and records the outcome in the log entry. */
function answer(res: ServerResponse, entry: RequestLogEntry, response: EmuResponse): void {
  entry.status = response.status
  entry.outcome = 'answered'
  entry.answeredAt = Date.now()
  writeAnswer(res, response)
}

/**
 * Runs one request through the emulator pipeline: route by prefix, log,
 * rate limit (strict sliding window), latency, pre-processing faults (5xx,
 * garbage), the service handler, then post-processing faults (drop, hang).
 */
export async function dispatch(ctx: DispatchContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = req.url ?? '/'
  const url = new URL(target, 'http://practice.invalid')
  const segment = url.pathname.split('/')[1] ?? ''
  const service = Object.hasOwn(PREFIXES, segment) ? PREFIXES[segment] : undefined
  if (service === undefined) return writeAnswer(res, { status: 404, body: { error: 'unknown practice service' } })
  const slot = ctx.slots[service]
  const entry = ctx.log.open(service, req.method ?? 'GET', target, Date.now())
  let bodyText: string
  try {
    bodyText = await readRequestBody(req, ctx.maxBodyBytes)
  } catch (err) {
    if (err instanceof RequestTooLarge) return answer(res, entry, serviceError(service, 413, 'request too large'))
    throw err
  }
  const emu: EmuRequest = {
    method: (req.method ?? 'GET').toUpperCase(), path: url.pathname.slice(segment.length + 1), target,
    query: url.searchParams, headers: req.headers, bodyText
  }
  const decision = slot.window.tryAcquire(Date.now())
  if (!decision.ok) return answer(res, entry, rateLimited(service, decision.retryAfterMs))
  const delay = slot.faults.latencyMs()
  if (delay > 0) await sleep(delay)
  const faults = slot.faults.current
  if (slot.faults.fires('serverError', emu)) {
    entry.fault = 'serverError'
    const retryAfter = faults.serverError?.retryAfter
    const response = serviceError(service, faults.serverError?.status ?? 503, 'practice: injected server error')
    return answer(res, entry, retryAfter === undefined ? response : { ...response, headers: { 'retry-after': retryAfter } })
  }
  if (slot.faults.fires('garbage', emu)) {
    entry.fault = 'garbage'
    return answer(res, entry, { status: 200, body: faults.garbage?.body ?? GARBAGE_HTML, contentType: faults.garbage?.contentType ?? 'text/html;charset=UTF-8' })
  }
  let response: EmuResponse
  try {
    response = slot.handle(emu)
  } catch {
    response = serviceError(service, 500, 'practice: internal error')
  }
  if (slot.faults.fires('dropAfterProcessing', emu)) {
    entry.fault = 'dropAfterProcessing'
    entry.outcome = 'dropped'
    res.socket?.destroy()
    return
  }
  if (slot.faults.fires('hangAfterProcessing', emu)) {
    entry.fault = 'hangAfterProcessing'
    entry.outcome = 'hung'
    return
  }
  answer(res, entry, response)
}
