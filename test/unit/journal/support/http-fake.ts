import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ReconcileOutcome, TargetAdapter, WorkItem } from '../../../../src/core/upload/target-adapter'

/** A tiny HTTP service with a non-idempotent create; it survives the client being killed. */
export interface HttpFake {
  readonly url: string
  /** Creates applied per key: more than 1 is a duplicate. */
  readonly applied: Map<string, number>
  readonly lookups: string[]
  /** Called right after each create is committed (before its answer is sent). */
  onCommit: ((total: number) => void) | undefined
  close(): Promise<void>
}

/**
 * Starts the fake on 127.0.0.1. POST /create {key} commits first and answers
 * `answerDelayMs` later, so a client killed in between leaves a create that
 * happened but was never confirmed. GET /lookup?key=… finds creates by key.
 */
export async function startHttpFake(answerDelayMs: number): Promise<HttpFake> {
  const applied = new Map<string, number>()
  const ids = new Map<string, string>()
  const lookups: string[] = []
  let total = 0
  const fake: HttpFake = {
    url: '',
    applied,
    lookups,
    onCommit: undefined,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.on('error', () => {})
    const url = new URL(req.url ?? '/', 'http://fake')
    if (req.method === 'POST' && url.pathname === '/create') {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      req.on('end', () => {
        const key = String((JSON.parse(body) as { key?: unknown }).key)
        applied.set(key, (applied.get(key) ?? 0) + 1)
        if (!ids.has(key)) ids.set(key, `cust-${ids.size + 1}`)
        fake.onCommit?.(++total)
        setTimeout(() => {
          res.writeHead(201, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ id: ids.get(key) }))
        }, answerDelayMs)
      })
      return
    }
    if (req.method === 'GET' && url.pathname === '/lookup') {
      const keys = url.searchParams.getAll('key')
      lookups.push(...keys)
      const found: Record<string, string> = {}
      for (const key of keys) {
        const id = ids.get(key)
        if (id !== undefined) found[key] = id
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ found }))
      return
    }
    res.writeHead(404).end()
  })
  server.keepAliveTimeout = 100
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return Object.assign(fake, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
}

/** The rows of the crash test: the same in the child and the parent. */
export function crashRows(count: number): WorkItem[] {
  return Array.from({ length: count }, (_, index) => ({ index, key: `buyer${index}@crash.example`, payload: { email: `buyer${index}@crash.example`, password: `PW-SECRET-${index}` } }))
}

function failure(kind: string, ambiguous: boolean, message: string, status?: number): Error {
  return Object.assign(new Error(message), { kind, ambiguous, retrySafe: !ambiguous, ...(status !== undefined ? { status } : {}) })
}

/** A non-idempotent create adapter over the HTTP fake, reconciling by looking keys up. */
export function httpCreateAdapter(baseUrl: string): TargetAdapter {
  return {
    service: 'occ',
    batchSize: 1,
    resendIsSafe: false,
    send: async (items: readonly WorkItem[], signal: AbortSignal) => {
      const item = items[0]
      if (item === undefined) return []
      let response: Response
      try {
        response = await fetch(`${baseUrl}/create`, { method: 'POST', body: JSON.stringify({ key: item.key }), signal })
      } catch {
        throw failure('network', true, 'The connection was cut before an answer arrived.')
      }
      if (!response.ok) throw failure(response.status >= 500 ? 'server' : 'rejected', response.status >= 500, `HTTP ${response.status}`, response.status)
      const body = (await response.json()) as { id: string }
      return [{ index: item.index, state: 'accepted', remoteId: body.id }]
    },
    reconcile: (items, context) =>
      context.paced(async (signal) => {
        const query = items.map((i) => `key=${encodeURIComponent(i.key)}`).join('&')
        const response = await fetch(`${baseUrl}/lookup?${query}`, { signal })
        const { found } = (await response.json()) as { found: Record<string, string> }
        return items.map((i): ReconcileOutcome => {
          const id = found[i.key]
          return id === undefined ? { index: i.index, state: 'absent' } : { index: i.index, state: 'accepted', remoteId: id }
        })
      })
  }
}
