import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { OmnicommerceClient } from '../../../src/core/services/omnicommerce/client'
import type { ProductInput } from '../../../src/core/services/omnicommerce/types'

let emu: PracticeServer
let client: OmnicommerceClient
const product = (id: string, extra: Partial<ProductInput> = {}): ProductInput => ({
  id, url: `https://img.example/${id}.jpg`, salesUrl: `https://shop.example/${id}`, detection: 'TOP', ...extra
})

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { omnicommerce: null }, omnicommerceProcessingMs: 150 })
  client = new OmnicommerceClient({ apiKey: emu.credentials.omnicommerceApiKey, baseUrl: emu.baseUrls.omnicommerce, timeoutMs: 5000 })
})
afterAll(async () => emu.close())

describe('OMNICOMMERCE client against the practice emulator', () => {
  it('creates products (upsert by default) and reports each as accepted', async () => {
    const result = await client.createProducts([product('C1', { metadata: { productName: '린넨팬츠', originPrice: 10000, currency: 'KRW' } }), product('C2', { detection: 'SCARF/MUFFLER' })])
    expect(result).toEqual({ accepted: 2, failed: 0, items: [{ id: 'C1', ok: true }, { id: 'C2', ok: true }] })
    const again = await client.createProducts([product('C1', { detection: 'PANTS' })])
    expect(again.accepted).toBe(1)
    expect(emu.state.products.get('C1')?.fields.detection).toBe('PANTS')
    expect(emu.state.products.get('C1')?.fields.metadata).toBeUndefined()
  })

  it('BLOCK_DUPLICATES refuses existing ids with the documented text, accepting the new ones', async () => {
    await client.createProducts([product('B1')])
    const result = await client.createProducts([product('B1', { detection: 'BAG' }), product('B2')], { blockDuplicates: true })
    expect(result.items).toEqual([{ id: 'B1', ok: false, error: 'Block duplicate products.' }, { id: 'B2', ok: true }])
    expect(emu.state.products.get('B1')?.fields.detection).toBe('TOP')
  })

  it('attributes a mixed failureList to the right ids', async () => {
    const bad = { ...product('M2'), detection: 'BOTTOM' }
    const result = await client.createProducts([product('M1'), bad, product('M3', { url: 'https://img.example/unreachable.jpg' }), product('M4')])
    expect(result).toEqual({
      accepted: 2, failed: 2,
      items: [
        { id: 'M1', ok: true },
        { id: 'M2', ok: false, error: 'bad reqeust' },
        { id: 'M3', ok: false, error: 'fail to prove image from url.' },
        { id: 'M4', ok: true }
      ]
    })
  })

  it('updates only the fields sent (metadata merged key by key) and fails unknown ids', async () => {
    await client.createProducts([product('U1', { mobileSalesUrl: 'https://m.shop.example/U1', metadata: { productName: '린넨여름팬츠', originPrice: 10000 } })])
    const result = await client.updateProducts([{ id: 'U1', metadata: { productName: '린넨팬츠' } }, { id: 'U-missing', metadata: { productName: 'x' } }])
    expect(result.items).toEqual([{ id: 'U1', ok: true }, { id: 'U-missing', ok: false, error: 'bad reqeust' }])
    const stored = emu.state.products.get('U1')?.fields
    expect(stored).toMatchObject({ url: 'https://img.example/U1.jpg', detection: 'TOP', mobileSalesUrl: 'https://m.shop.example/U1', metadata: { productName: '린넨팬츠', originPrice: 10000 } })
  })

  it('deletes by productIds and reports unknown ids', async () => {
    await client.createProducts([product('D1'), product('D2')])
    const result = await client.deleteProducts(['D1', 'D2', 'D-none'])
    expect(result.items).toEqual([{ id: 'D1', ok: true }, { id: 'D2', ok: true }, { id: 'D-none', ok: false, error: 'bad reqeust' }])
    expect(emu.state.products.has('D1')).toBe(false)
  })

  it('refuses more than 100 items, an empty batch and repeated ids before sending', async () => {
    const before = emu.state.requests('omnicommerce').length
    const many = Array.from({ length: 101 }, (_, i) => product(`N${i}`))
    await expect(client.createProducts(many)).rejects.toThrow(RangeError)
    await expect(client.deleteProducts([])).rejects.toThrow(RangeError)
    await expect(client.updateProducts([{ id: 'X', metadata: {} }, { id: 'X', metadata: {} }])).rejects.toThrow(RangeError)
    expect(emu.state.requests('omnicommerce').length).toBe(before)
    expect((await client.createProducts(many.slice(0, 100))).accepted).toBe(100)
  })

  it('reads the Status API: PROCESSING, then DONE with requestInfo, ERROR, unknown → null, and counts', async () => {
    await client.createProducts([product('S1'), product('S2', { url: 'https://img.example/error-image.jpg' })])
    expect((await client.getStatus('S1'))?.status).toBe('PROCESSING')
    await new Promise((r) => setTimeout(r, 200))
    const done = await client.getStatus('S1')
    expect(done).toMatchObject({ id: 'S1', status: 'DONE', requestInfo: { url: 'https://img.example/S1.jpg', detection: 'TOP' } })
    expect(await client.getStatus('S2')).toMatchObject({ status: 'ERROR', errors: 'fail to prove image from url.' })
    expect(await client.getStatus('never-seen')).toBeNull()
    const counts = await client.getStatusCount()
    expect(counts.error).toBeGreaterThanOrEqual(1)
    expect(counts.done).toBeGreaterThanOrEqual(1)
  })

  it('turns a wrong API key into an auth error that is safe to resend', async () => {
    const wrong = new OmnicommerceClient({ apiKey: 'wrong-key-value', baseUrl: emu.baseUrls.omnicommerce })
    const err = await wrong.getStatusCount().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ServiceError)
    expect(err).toMatchObject({ kind: 'auth', status: 401, ambiguous: false, retrySafe: true, transient: false })
  })

  it('reports bad-response (not a guess) when the 202 summary does not add up or names an id not sent', async () => {
    const answering = (body: unknown) => new OmnicommerceClient({ apiKey: 'k-test-1234', fetch: async () => new Response(JSON.stringify(body), { status: 202 }) })
    // The seed's own DELETE example: failure 2 with one failureList entry.
    const inconsistent = await answering({ accept: 0, failure: 2, failureList: [{ id: 'A1000', errors: 'bad reqeust' }] }).deleteProducts(['A1000', 'A1001']).catch((e: unknown) => e)
    expect(inconsistent).toMatchObject({ kind: 'bad-response', ambiguous: true, retrySafe: true })
    const stranger = await answering({ accept: 0, failure: 1, failureList: [{ id: 'Z9', errors: 'x' }] }).createProducts([product('A1')], { blockDuplicates: true }).catch((e: unknown) => e)
    expect(stranger).toMatchObject({ kind: 'bad-response', ambiguous: true, retrySafe: false })
  })
})
