import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { callService } from '../../../src/core/http/call-service'
import type { JsonRequest } from '../../../src/core/http/request-json'
import { ServiceError } from '../../../src/core/http/service-error'

const request = (fetchImpl: typeof fetch, extra: Partial<JsonRequest> = {}): JsonRequest => ({
  service: 'TEST', operation: 'do a thing', method: 'POST', url: 'https://svc.example/x', json: { a: 1 },
  idempotent: false, secrets: ['s3cr3t-value'], fetch: fetchImpl, ...extra
})
const run = (r: JsonRequest) => callService(r, z.object({ ok: z.boolean() }), () => ({})).catch((e: unknown) => e as ServiceError)

describe('requestJson / callService with an injected fetch', () => {
  it('sends JSON with content-type and accept headers and parses a text/plain 2xx', async () => {
    let seen: RequestInit | undefined
    const result = await callService(request(async (_u, init) => {
      seen = init
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'text/plain;charset=UTF-8' } })
    }), z.object({ ok: z.boolean() }), () => ({}))
    expect(result).toEqual({ ok: true })
    expect(seen?.body).toBe('{"a":1}')
    expect(seen?.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' })
  })

  it('a redirect is a bad-response that was not processed', async () => {
    const err = await run(request(async () => new Response(null, { status: 302, headers: { location: 'https://portal.example' } })))
    expect(err).toMatchObject({ kind: 'bad-response', status: 302, ambiguous: false, retrySafe: true })
    expect((err as ServiceError).message).toMatch(/redirects/)
  })

  it('a 2xx with an empty or wrong-shaped body is a bad-response the server probably processed', async () => {
    expect(await run(request(async () => new Response('', { status: 200 })))).toMatchObject({ kind: 'bad-response', ambiguous: true, retrySafe: false })
    expect(await run(request(async () => new Response('{"ok":"yes"}', { status: 200 })))).toMatchObject({ kind: 'bad-response' })
  })

  it('refuses bodies over the cap by Content-Length and by counting', async () => {
    const big = 'x'.repeat(2000)
    expect(await run(request(async () => new Response(`{"ok":true,"p":"${big}"}`, { status: 200 }), { maxBodyBytes: 1000 }))).toMatchObject({ kind: 'bad-response' })
    const stream = new ReadableStream<Uint8Array>({ start(c) { for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode(big)); c.close() } })
    expect(await run(request(async () => new Response(stream, { status: 200 }), { maxBodyBytes: 4000 }))).toMatchObject({ kind: 'bad-response' })
  })

  it('an already-cancelled signal never waits; ECONNREFUSED is network, not sent, safe to resend', async () => {
    const controller = new AbortController()
    controller.abort()
    const cancelled = await run(request(async (_u, init) => {
      if (init?.signal?.aborted === true) throw new DOMException('aborted', 'AbortError')
      return new Response('{"ok":true}')
    }, { signal: controller.signal }))
    expect(cancelled).toMatchObject({ kind: 'network', reason: 'cancelled' })
    const refused = await run(request(async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
    }))
    expect(refused).toMatchObject({ kind: 'network', reason: 'ECONNREFUSED', ambiguous: false, retrySafe: true, transient: true })
  })
})
