import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { NclueClient } from '../../../src/core/services/nclue/client'
import { OccStorefrontClient } from '../../../src/core/services/occ/storefront-client'
import { OmnicommerceClient } from '../../../src/core/services/omnicommerce/client'

let emu: PracticeServer
let omni: OmnicommerceClient
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const settle = <T>(ps: Array<Promise<T>>) => Promise.all(ps.map((p) => p.then(() => 'ok' as const, (e: unknown) => e)))
const accepted = (e: { status: number | null }) => e.status !== 429

beforeAll(async () => {
  emu = await startPracticeServer()
  omni = new OmnicommerceClient({ apiKey: emu.credentials.omnicommerceApiKey, baseUrl: emu.baseUrls.omnicommerce })
})
afterAll(async () => emu.close())

describe('practice rate limits (strict sliding window, 429 + Retry-After)', () => {
  it('OMNICOMMERCE: 5 per rolling second; the rest get 429 rate-limited with Retry-After', async () => {
    const results = await settle(Array.from({ length: 12 }, () => omni.getStatusCount()))
    expect(results.filter((r) => r === 'ok')).toHaveLength(5)
    const limited = results.filter((r): r is ServiceError => r instanceof ServiceError)
    expect(limited).toHaveLength(7)
    for (const e of limited) expect(e).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 1000, ambiguous: false, retrySafe: true })
    expect(emu.state.maxInWindow('omnicommerce', 1000, accepted)).toBe(5)
  })

  it('is a sliding window, not a fixed one: a burst 600 ms later is still refused', async () => {
    await sleep(1100)
    emu.state.clearLog()
    await settle(Array.from({ length: 5 }, () => omni.getStatusCount()))
    await sleep(600)
    const second = await settle(Array.from({ length: 5 }, () => omni.getStatusCount()))
    expect(second.every((r) => r instanceof ServiceError && r.kind === 'rate-limited')).toBe(true)
    await sleep(450)
    expect(await settle([omni.getStatusCount()])).toEqual(['ok'])
    expect(emu.state.maxInWindow('omnicommerce', 1000, accepted)).toBeLessThanOrEqual(5)
  })

  it('a client paced at the limit with a margin sees no 429', async () => {
    await sleep(1100)
    emu.state.clearLog()
    for (let i = 0; i < 8; i++) {
      await omni.getStatusCount()
      await sleep(220)
    }
    expect(emu.state.requests('omnicommerce').every(accepted)).toBe(true)
  })

  it('NCLUE: 1 per second; above it the gateway envelope 429 / errorCode 400 (quota-exceeded)', async () => {
    const nclue = new NclueClient({ accessKey: emu.credentials.nclueAccessKey, secretKey: emu.credentials.nclueSecretKey, baseUrl: emu.baseUrls.nclue })
    const [a, b] = await settle([nclue.listProfiles(), nclue.listProfiles()])
    expect(a).toBe('ok')
    expect(b).toMatchObject({ kind: 'rate-limited', status: 429, serviceCode: '400', reason: 'quota-exceeded', retryAfterMs: 1000 })
  })

  it('OCC: configurable (default 8/s, not advertised); setLimit changes it live', async () => {
    const occ = new OccStorefrontClient({ baseUrl: emu.baseUrls.occ })
    const body = (i: number) => ({ email: `rate${i}@example.com`, firstName: 'R', lastName: 'L', password: 'Pw-1234567890abc!', receiveEmail: 'no' as const })
    const first = await settle(Array.from({ length: 10 }, (_, i) => occ.createProfile(body(i))))
    expect(first.filter((r) => r === 'ok')).toHaveLength(8)
    await sleep(1100)
    emu.setLimit('occ', 2)
    const second = await settle(Array.from({ length: 4 }, (_, i) => occ.createProfile(body(100 + i))))
    expect(second.filter((r) => r === 'ok')).toHaveLength(2)
    emu.setLimit('occ', null)
    const third = await settle(Array.from({ length: 12 }, (_, i) => occ.createProfile(body(200 + i))))
    expect(third.every((r) => r === 'ok')).toBe(true)
  })
})
