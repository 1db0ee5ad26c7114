import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebBridge, type WebBridge } from '../../../src/web/bridge-server'
import { createTestCore } from '../../unit/support/test-core'

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request with full control over headers (fetch would fix Host and Origin itself). */
function raw(bridge: WebBridge, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const url = new URL(bridge.origin)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: { Host: url.host, ...options.headers } },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('web bridge', () => {
  let bridge: WebBridge
  let core: Awaited<ReturnType<typeof createTestCore>>
  const auth = () => ({ Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' })

  beforeAll(async () => {
    core = await createTestCore()
    const staticDir = await mkdtemp(join(tmpdir(), 'sheetport-static-'))
    await mkdir(join(staticDir, 'assets'))
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Sheetport</title>')
    await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(staticDir, '..', 'outside-secret.json'), '{"secret":true}')
    bridge = await startWebBridge({ handlers: core.handlers, events: core.events, staticDir })
  })
  afterAll(async () => {
    await bridge.close()
  })

  it('listens on 127.0.0.1 only and hands out a token in the URL fragment', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(bridge.url).toBe(`${bridge.origin}/#token=${bridge.token}`)
    expect(bridge.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with the CSP header', async () => {
    const answer = await raw(bridge, '/')
    expect(answer.status).toBe(200)
    expect(answer.body).toContain('<title>Sheetport</title>')
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'")
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect((await raw(bridge, '/assets/app.js')).status).toBe(200)
  })

  it.each(['/../outside-secret.json', '/%2e%2e/outside-secret.json', '/assets/..%2f..%2foutside-secret.json', '/%00index.html'])(
    'keeps %s inside the renderer folder',
    async (path) => {
      const answer = await raw(bridge, path)
      expect(answer.status).toBe(404)
      expect(answer.body).not.toContain('secret')
    }
  )

  it('answers a call with the right token', async () => {
    const answer = await raw(bridge, '/api/app:info', { method: 'POST', headers: auth(), body: '{}' })
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: { name: 'Sheetport' } })
  })

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer not-the-token' }],
    ['a token of the wrong length', { Authorization: 'Bearer x' }]
  ])('refuses a call with %s', async (_label, headers) => {
    const answer = await raw(bridge, '/api/app:info', { method: 'POST', headers: headers as Record<string, string>, body: '{}' })
    expect(answer.status).toBe(401)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, code: 'unauthorized' })
  })

  it('refuses a request whose Host is not the loopback address (DNS rebinding)', async () => {
    const port = new URL(bridge.origin).port
    const answer = await raw(bridge, '/api/app:info', { method: 'POST', headers: { ...auth(), Host: `evil.example:${port}` }, body: '{}' })
    expect(answer.status).toBe(421)
  })

  it('refuses a call from another origin even with the token', async () => {
    const answer = await raw(bridge, '/api/app:info', { method: 'POST', headers: { ...auth(), Origin: 'https://evil.example' }, body: '{}' })
    expect(answer.status).toBe(403)
  })

  it('refuses malformed and oversized bodies and unknown channels', async () => {
    expect(JSON.parse((await raw(bridge, '/api/settings:update', { method: 'POST', headers: auth(), body: '{oops' })).body)).toMatchObject({ code: 'invalid-request' })
    expect(JSON.parse((await raw(bridge, '/api/settings:update', { method: 'POST', headers: auth(), body: '{"request":{"language":7}}' })).body)).toMatchObject({ code: 'invalid-request' })
    expect(JSON.parse((await raw(bridge, '/api/__proto__', { method: 'POST', headers: auth(), body: '{}' })).body)).toMatchObject({ code: 'unknown-channel' })
    const small = await startWebBridge({ handlers: core.handlers, events: core.events, staticDir: tmpdir(), maxBodyBytes: 100 })
    const big = await fetch(`${small.origin}/api/settings:update`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${small.token}` },
      body: JSON.stringify({ request: { language: 'x'.repeat(1000) } })
    })
    expect(big.status).toBe(413)
    await small.close()
  })

  it('streams push events to an authorised subscriber', async () => {
    const stream = await fetch(`${bridge.origin}/api/events`, { method: 'POST', headers: { Authorization: `Bearer ${bridge.token}` } })
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader()
    await reader.read() // the ': connected' comment
    await raw(bridge, '/api/settings:update', { method: 'POST', headers: auth(), body: '{"request":{"language":"en"}}' })
    let text = ''
    while (!text.includes('\n\n')) text += (await reader.read()).value ?? ''
    expect(JSON.parse(text.trim().slice('data: '.length))).toEqual({ event: 'settings:changed', payload: { language: 'en', systemLanguage: 'ko', firstRunDone: false } })
    await reader.cancel()
  })
})
