import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'

let emu: PracticeServer
let origin: string

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null }, omnicommerceProcessingMs: 0, maxBodyBytes: 64 * 1024 })
  origin = new URL(emu.baseUrls.omnicommerce).origin
})
afterAll(async () => emu.close())

/** Signs like the NCP docs' samples, written out independently of the app's code. */
function ncpHeaders(method: string, signedPath: string, ts = String(Date.now())): Record<string, string> {
  const { nclueAccessKey: ak, nclueSecretKey: sk } = emu.credentials
  const signature = createHmac('sha256', sk).update(`${method} ${signedPath}\n${ts}\n${ak}`).digest('base64')
  return { 'x-ncp-apigw-timestamp': ts, 'x-ncp-iam-access-key': ak, 'x-ncp-apigw-signature-v2': signature }
}

describe('practice emulator', () => {
  it('listens on 127.0.0.1 with path prefixes per service and fixed fake credentials', () => {
    expect(emu.baseUrls).toEqual({ omnicommerce: `${origin}/omnicommerce/2022-08`, occ: `${origin}/occ`, nclue: `${origin}/nclue/api/v1` })
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emu.credentials.omnicommerceApiKey).toBe('practice-omnicommerce-key')
  })

  it('NCLUE verifies the signature over the exact request target (prefix and query included)', async () => {
    const target = '/nclue/api/v1/tasks?index=0&limit=2'
    const ok = await fetch(`${origin}${target}`, { headers: ncpHeaders('GET', target) })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/plain;charset=UTF-8')
    expect(await ok.json()).toMatchObject({ index: 0, limit: 2, total: 5 })
    const withoutPrefix = await fetch(`${origin}${target}`, { headers: ncpHeaders('GET', '/api/v1/tasks?index=0&limit=2') })
    expect(withoutPrefix.status).toBe(401)
    const withoutQuery = await fetch(`${origin}${target}`, { headers: ncpHeaders('GET', '/nclue/api/v1/tasks') })
    expect(withoutQuery.status).toBe(401)
    const missing = await fetch(`${origin}${target}`)
    expect(await missing.json()).toEqual({ error: { errorCode: '200', message: 'Authentication Failed', details: 'Authentication information are missing.' } })
    const skewed = await fetch(`${origin}${target}`, { headers: ncpHeaders('GET', target, String(Date.now() - 301_000)) })
    expect(skewed.status).toBe(401)
  })

  it('OMNICOMMERCE refuses > 100 products, a wrong content type and bad JSON with {errors}; serves Status API 2023-05', async () => {
    const headers = { 'x-api-key': emu.credentials.omnicommerceApiKey, 'content-type': 'application/json' }
    const products = Array.from({ length: 101 }, (_, i) => ({ id: `P${i}`, url: 'https://i.example/a.jpg', salesUrl: 'https://s.example', detection: 'TOP' }))
    const tooMany = await fetch(`${emu.baseUrls.omnicommerce}/management/products`, { method: 'POST', headers, body: JSON.stringify({ products }) })
    expect(tooMany.status).toBe(400)
    expect(await tooMany.json()).toHaveProperty('errors')
    const wrongType = await fetch(`${emu.baseUrls.omnicommerce}/management/products`, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' })
    expect(await wrongType.json()).toEqual({ errors: 'invalid request format.' })
    await fetch(`${emu.baseUrls.omnicommerce}/management/products`, { method: 'POST', headers, body: JSON.stringify({ products: products.slice(0, 1) }) })
    const v2305 = await fetch(`${origin}/omnicommerce/2023-05/management/status/P0`, { headers })
    expect(await v2305.json()).toMatchObject({ id: 'P0', status: 'DONE' })
  })

  it('OCC refresh issues a new token; expired or missing tokens get 401 on /ccadmin', async () => {
    const login = await fetch(`${emu.baseUrls.occ}/ccadmin/v1/login`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${emu.credentials.occAppKey}` }, body: 'grant_type=client_credentials'
    })
    const { access_token } = (await login.json()) as { access_token: string }
    const refreshed = await fetch(`${emu.baseUrls.occ}/ccadmin/v1/refresh`, { method: 'POST', headers: { authorization: `Bearer ${access_token}` } })
    expect(refreshed.status).toBe(200)
    const anonymous = await fetch(`${emu.baseUrls.occ}/ccadmin/v1/profiles`)
    expect(anonymous.status).toBe(401)
    const wrongGrant = await fetch(`${emu.baseUrls.occ}/ccadmin/v1/login`, { method: 'POST', headers: { authorization: `Bearer ${emu.credentials.occAppKey}` }, body: 'grant_type=password' })
    expect(wrongGrant.status).toBe(401)
  })

  it('caps request bodies (413), answers unknown prefixes with 404, and logs no headers', async () => {
    const big = await fetch(`${emu.baseUrls.occ}/ccstore/v1/profiles`, { method: 'POST', body: 'x'.repeat(70 * 1024) })
    expect(big.status).toBe(413)
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(404)
    const log = JSON.stringify(emu.state.requests())
    expect(log).not.toContain(emu.credentials.occAppKey)
    expect(log).not.toContain(emu.credentials.omnicommerceApiKey)
    expect(emu.state.requests('occ').every((e) => typeof e.at === 'number' && e.status !== null)).toBe(true)
  })
})
