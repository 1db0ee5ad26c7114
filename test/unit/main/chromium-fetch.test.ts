import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { callService } from '../../../src/core/http/call-service'
import type { JsonRequest } from '../../../src/core/http/request-json'
import type { ServiceError } from '../../../src/core/http/service-error'
import { chromiumFetch, type ElectronNet } from '../../../src/main/net/chromium-fetch'

/**
 * A stand-in for Electron's net.fetch with its documented differences from
 * Node's: Chromium's errors are `Error('net::ERR_…')`, and with
 * redirect: 'manual' a redirect rejects ('Redirect was cancelled', from
 * ClientRequest) instead of resolving with the 3xx.
 */
function fakeNet(calls: Array<{ url: string; init: Record<string, unknown> }>, fail?: string): ElectronNet {
  return {
    async fetch(url, init = {}) {
      calls.push({ url, init: init as Record<string, unknown> })
      if (fail !== undefined) throw new Error(fail)
      const { bypassCustomProtocolHandlers: _bypass, ...rest } = init
      const response = await fetch(url, rest)
      if (init.redirect === 'manual' && response.status >= 300 && response.status < 400) throw new Error('Redirect was cancelled')
      return response
    }
  }
}

const run = (fetchImpl: typeof fetch, url: string): Promise<unknown> => {
  const req: JsonRequest = { service: 'TEST', operation: 'create products', method: 'POST', url, json: { a: 1 }, idempotent: false, secrets: ['key-123'], fetch: fetchImpl }
  return callService(req, z.object({ ok: z.boolean() }), () => ({})).catch((e: unknown) => e)
}

describe('service calls through Chromium (net.fetch) from the desktop app', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(302, { location: 'https://login.example/' }).end()
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sends without the session’s cookies and without the app’s own protocol handlers', async () => {
    const calls: Array<{ url: string; init: Record<string, unknown> }> = []
    expect(await run(chromiumFetch(fakeNet(calls)), `${base}/ok`)).toEqual({ ok: true })
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', bypassCustomProtocolHandlers: true, redirect: 'manual' })
  })

  it('refuses anything but http(s) before asking Chromium (net.fetch would read file: and sheetport: URLs)', async () => {
    const calls: Array<{ url: string; init: Record<string, unknown> }> = []
    for (const url of ['file:///etc/passwd', 'sheetport://app/index.html']) {
      expect(await run(chromiumFetch(fakeNet(calls)), url)).toMatchObject({ kind: 'network', ambiguous: false })
    }
    expect(calls).toHaveLength(0)
  })

  it('a redirect, which Chromium rejects instead of answering, is "not processed, check the address"', async () => {
    const error = (await run(chromiumFetch(fakeNet([])), `${base}/moved`)) as ServiceError
    expect(error).toMatchObject({ kind: 'network', ambiguous: false })
    expect(error.message).toMatch(/redirects elsewhere/)
  })

  it.each([
    ['net::ERR_PROXY_CONNECTION_FAILED', false, /proxy/],
    ['net::ERR_NAME_NOT_RESOLVED', false, /could not be found/],
    ['net::ERR_CERT_AUTHORITY_INVALID', false, /certificate/],
    ['net::ERR_INTERNET_DISCONNECTED', false, /not connected/],
    ['net::ERR_CONNECTION_RESET', true, /cut before an answer/],
    ['net::ERR_EMPTY_RESPONSE', true, /cut before an answer/],
    ['something unexpected https://svc.example/?key=key-123', true, /connection failed/]
  ])('Chromium’s %s says whether anything was sent, in plain words, and never quotes the original error', async (thrown, ambiguous, words) => {
    const error = (await run(chromiumFetch(fakeNet([], thrown)), 'https://svc.example/x')) as ServiceError
    expect(error).toMatchObject({ kind: 'network', ambiguous })
    expect(error.message).toMatch(words)
    expect(error.message).not.toContain('key-123')
  })
})
