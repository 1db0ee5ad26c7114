import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dispatch, type ErrorSink } from '../core/app/dispatch'
import type { EventBus } from '../core/app/event-bus'
import type { Handlers } from '../core/app/handlers/types'
import { CONTENT_SECURITY_POLICY, CSP_HEADER_ONLY } from '../shared/csp'
import { fromWire, toWire } from '../shared/ipc/wire'
import { hostIsAllowed, originIsAllowed, tokenIsValid } from './bridge-guard'
import { readStaticFile } from './static-files'

/** How to start the loopback bridge. */
export interface WebBridgeOptions {
  readonly handlers: Handlers
  readonly events: EventBus
  /** Folder of the built renderer (out/renderer). */
  readonly staticDir: string
  /** 0 (default) picks a free port. */
  readonly port?: number
  readonly onUnexpected?: ErrorSink
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number
  /**
   * Runs the handling of every allowed call with its Accept-Language, so
   * 'system' can mean the language of the browser that made that call (not
   * of whichever call came last: a page just closed may still have one in flight).
   */
  readonly withBrowserLanguages?: <T>(acceptLanguage: string | undefined, handle: () => Promise<T>) => Promise<T>
}

/** A running bridge; `url` includes the token in its fragment, which browsers never send to servers. */
export interface WebBridge {
  readonly url: string
  readonly origin: string
  readonly token: string
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${CSP_HEADER_ONLY}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store'
}

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, toWire(value), 'application/json; charset=utf-8')
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The browser transport of the IPC contract: serves the built renderer and
 * answers `POST /api/<channel>` with the same handlers Electron uses, plus a
 * `POST /api/events` stream for push events. Listens on 127.0.0.1 only.
 */
export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = randomBytes(24).toString('base64url')
  const limit = options.maxBodyBytes ?? 160 * 1024 * 1024
  const streams = new Set<ServerResponse>()
  const unsubscribe = options.events.subscribe((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`
    for (const stream of streams) stream.write(line)
  })
  let port = 0

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST' || !originIsAllowed(request, port)) return sendJson(response, 403, { ok: false, code: 'forbidden-sender', message: 'Forbidden.' })
    if (!tokenIsValid(request, token)) return sendJson(response, 401, { ok: false, code: 'unauthorized', message: 'This page is not allowed to use Sheetport.' })
    if (channel === 'events') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8' })
      response.write(': connected\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    const body = await readBody(request, limit)
    if (body === null) return sendJson(response, 413, { ok: false, code: 'invalid-request', message: 'The request is too large.' })
    let argument: unknown
    try {
      argument = body === '' ? undefined : (fromWire(body) as { request?: unknown }).request
    } catch {
      return sendJson(response, 400, { ok: false, code: 'invalid-request', message: 'The request was not in the expected form.' })
    }
    const handle = () => dispatch(options.handlers, channel, argument, options.onUnexpected)
    const inLanguage = options.withBrowserLanguages
    sendJson(response, 200, await (inLanguage ? inLanguage(request.headers['accept-language'], handle) : handle()))
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostIsAllowed(request, port)) return send(response, 421, 'Misdirected request', 'text/plain; charset=utf-8')
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path.startsWith('/api/')) return handleApi(request, response, path.slice('/api/'.length))
    if (request.method !== 'GET') return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8')
    const file = await readStaticFile(options.staticDir, path)
    if (!file) return send(response, 404, 'Not found', 'text/plain; charset=utf-8')
    send(response, 200, file.body, file.contentType)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.onUnexpected?.('web-bridge', error)
      if (!response.headersSent) sendJson(response, 500, { ok: false, code: 'internal', message: 'Something went wrong.' })
      else response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: async () => {
      unsubscribe()
      for (const stream of streams) stream.end()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
