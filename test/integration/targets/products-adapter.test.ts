import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { ConnectionSetupError, createTargetAdapter, type TargetConnection } from '../../../src/core/targets'
import type { ItemOutcome } from '../../../src/core/upload/target-adapter'
import { countingContext, itemsFor, rejection, row, signal } from './support'

let emu: PracticeServer
let connection: TargetConnection

const product = (n: number, id: string, extra: Record<string, string> = {}) =>
  row(n, { id, url: `https://cdn.example.com/${id}.jpg`, detection: 'TOP', salesUrl: `https://shop.example.com/p/${id}`, ...extra })

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { omnicommerce: null } })
  connection = { baseUrl: emu.baseUrls.omnicommerce, credentials: emu.credentials.omnicommerceApiKey, timeoutMs: 5000 }
})
afterAll(async () => emu.close())

describe('OMNICOMMERCE products adapter against the practice emulator', () => {
  it('creates a batch: metadata nested and typed, per-item failures in plain words', async () => {
    const adapter = createTargetAdapter('products:create', connection)
    expect(adapter).toMatchObject({ service: 'omnicommerce', batchSize: 100, resendIsSafe: true })
    const rows = [
      product(2, 'P-100', { 'metadata.salesPrice': '39000', 'metadata.color': 'black, white', 'metadata.gender': 'MALE,FEMALE', 'metadata.fabric': 'linen' }),
      product(3, 'P-101', { url: 'https://cdn.example.com/unreachable.jpg' }),
      product(4, 'P-102')
    ]
    const outcomes = await adapter.send(itemsFor('products:create', rows).items, signal())
    // The 202 only says registration was requested: accepted products are processing at the service.
    expect(outcomes).toEqual([
      { index: 0, state: 'pending', remoteId: 'P-100' },
      { index: 1, state: 'failed', reasonCode: 'image-unreachable', message: 'The image URL could not be opened — check that the link works in a browser' },
      { index: 2, state: 'pending', remoteId: 'P-102' }
    ])
    expect(emu.state.products.get('P-100')?.fields.metadata).toEqual({ salesPrice: 39000, color: ['black', 'white'], gender: ['MALE', 'FEMALE'], fabric: 'linen' })
  })

  it('under BLOCK_DUPLICATES a create whose answer was lost is settled through the Status API, never resent blindly', async () => {
    // Products finish processing at once here, so the Status API echoes each request back.
    const done = await startPracticeServer({ limits: { omnicommerce: null }, omnicommerceProcessingMs: 0 })
    try {
      const at = { ...connection, baseUrl: done.baseUrls.omnicommerce }
      const adapter = createTargetAdapter('products:create', { ...at, blockDuplicates: true })
      // Another job made BD-OLD before, with another picture.
      await createTargetAdapter('products:create', at).send(itemsFor('products:create', [product(2, 'BD-OLD', { url: 'https://cdn.example.com/older.jpg' })]).items, signal())
      const { items } = itemsFor('products:create', [product(2, 'BD-LOST'), product(3, 'BD-OLD'), product(4, 'BD-NEVER')])
      done.setFaults('omnicommerce', { dropAfterProcessing: { count: 1, methods: ['POST'] } })
      await expect(adapter.send(items.slice(0, 1), signal())).rejects.toMatchObject({ ambiguous: true })
      done.setFaults('omnicommerce', {})
      const context = countingContext()
      expect(await adapter.reconcile?.(items, context)).toEqual([
        { index: 0, state: 'accepted', remoteId: 'BD-LOST' },
        { index: 1, state: 'failed', reasonCode: 'product-exists', message: expect.stringMatching(/already/i) },
        { index: 2, state: 'absent' }
      ])
      expect(context.calls).toBe(3)
      expect(done.state.requests('omnicommerce').filter((r) => r.method === 'POST').length).toBe(2)
    } finally {
      await done.close()
    }
  })

  it('under BLOCK_DUPLICATES an existing id fails with "use Update instead" and resending is not safe', async () => {
    const adapter = createTargetAdapter('products:create', { ...connection, blockDuplicates: true, messageLanguage: 'ko' })
    expect(adapter.resendIsSafe).toBe(false)
    const [outcome] = await adapter.send(itemsFor('products:create', [product(2, 'P-100')]).items, signal())
    expect(outcome).toEqual({ index: 0, state: 'failed', reasonCode: 'product-exists', message: '이미 등록된 상품코드입니다 — 상품 수정(Update)으로 보내 주세요' })
  })

  it('sends a repeated id of one batch only once and fails the repeat locally', async () => {
    const adapter = createTargetAdapter('products:create', connection)
    emu.state.clearLog()
    const outcomes = await adapter.send(itemsFor('products:create', [product(2, 'P-200'), product(3, 'P-200')]).items, signal())
    expect(outcomes.map((o) => [o.state, 'reasonCode' in o ? o.reasonCode : null])).toEqual([['pending', null], ['failed', 'duplicate-id']])
    expect(emu.state.requests('omnicommerce')).toHaveLength(1)
  })

  it('updates only the fields present; an unknown id fails', async () => {
    const adapter = createTargetAdapter('products:update', connection)
    expect(adapter.resendIsSafe).toBe(true)
    const rows = [row(2, { id: 'P-100', 'metadata.salesPrice': '35,000' }), row(3, { id: 'NO-SUCH', 'metadata.brand': 'x' })]
    const outcomes = await adapter.send(itemsFor('products:update', rows).items, signal())
    expect(outcomes[0]).toEqual({ index: 0, state: 'pending', remoteId: 'P-100' })
    expect(outcomes[1]).toMatchObject({ state: 'failed', reasonCode: 'product-unknown' })
    const stored = emu.state.products.get('P-100')?.fields
    expect(stored).toMatchObject({ url: 'https://cdn.example.com/P-100.jpg', detection: 'TOP' })
    expect(stored?.metadata).toEqual({ salesPrice: 35000, color: ['black', 'white'], gender: ['MALE', 'FEMALE'], fabric: 'linen' })
  })

  it('deletes by id; an unknown id fails', async () => {
    const adapter = createTargetAdapter('products:delete', connection)
    const outcomes: ItemOutcome[] = await adapter.send(itemsFor('products:delete', [row(2, { id: 'P-102' }), row(3, { id: 'GONE' })]).items, signal())
    expect(outcomes.map((o) => o.state)).toEqual(['pending', 'failed'])
    expect(emu.state.deletedProducts.has('P-102')).toBe(true)
  })

  it('reads where sent products stand: DONE accepted, ERROR failed with the reason in plain words, PROCESSING pending; the totals in one request', async () => {
    const slow = await startPracticeServer({ limits: { omnicommerce: null }, omnicommerceProcessingMs: 60_000 })
    const quick = await startPracticeServer({ limits: { omnicommerce: null }, omnicommerceProcessingMs: 0 })
    try {
      const sendTo = async (server: PracticeServer, rows: ReturnType<typeof row>[], target: 'products:create' | 'products:delete' = 'products:create') => {
        const adapter = createTargetAdapter(target, { ...connection, baseUrl: server.baseUrls.omnicommerce, messageLanguage: 'ko' })
        const sent = await adapter.send(itemsFor(target, rows).items, signal())
        return { adapter, pending: sent.flatMap((o) => (o.state === 'pending' ? [{ index: o.index, remoteId: o.remoteId }] : [])) }
      }
      const { adapter, pending } = await sendTo(quick, [product(2, 'S-1'), product(3, 'S-2', { url: 'https://cdn.example.com/error-image.jpg' })])
      expect(adapter.pollChunk).toBe(5)
      const context = countingContext()
      expect(await adapter.poll?.(pending, context)).toEqual([
        { index: 0, state: 'accepted', remoteId: 'S-1' },
        { index: 1, state: 'failed', reasonCode: 'image-unreachable', message: '이미지 URL을 열 수 없습니다 — 브라우저에서 링크가 열리는지 확인해 주세요' }
      ])
      expect(context.calls).toBe(2)
      expect(await adapter.tally?.(context)).toEqual({ processing: 0, error: 1 })
      expect(context.calls).toBe(3)
      const waiting = await sendTo(slow, [product(2, 'S-3')])
      expect(await waiting.adapter.poll?.(waiting.pending, countingContext())).toEqual([{ index: 0, state: 'pending', remoteId: 'S-3' }])
      expect(await waiting.adapter.tally?.(countingContext())).toEqual({ processing: 1, error: 0 })
      const deleted = await sendTo(quick, [row(2, { id: 'S-1' })], 'products:delete')
      expect(await deleted.adapter.poll?.(deleted.pending, countingContext())).toEqual([{ index: 0, state: 'accepted', remoteId: 'S-1' }])
    } finally {
      await slow.close()
      await quick.close()
    }
  })

  it('throws whole-request failures for the engine, without the API key', async () => {
    const key = 'DISTINCT-OMNI-KEY-4471'
    const wrong = createTargetAdapter('products:create', { ...connection, credentials: { apiKey: key } })
    const err = await rejection(wrong.send(itemsFor('products:create', [product(2, 'P-300')]).items, signal()))
    expect(err).toBeInstanceOf(ServiceError)
    expect(err).toMatchObject({ kind: 'auth' })
    expect(JSON.stringify(err) + String(err)).not.toContain(key)
    emu.setFaults('omnicommerce', { serverError: { count: 1, status: 503 } })
    const busy = await rejection(createTargetAdapter('products:create', connection).send(itemsFor('products:create', [product(2, 'P-301')]).items, signal()))
    expect(busy).toMatchObject({ kind: 'server', status: 503 })
    emu.setFaults('omnicommerce', {})
  })

  it('refuses a connection without an API key, naming no credential', () => {
    const attempt = (): unknown => {
      try {
        return createTargetAdapter('products:delete', { baseUrl: connection.baseUrl, credentials: { appKey: 'DISTINCT-WRONG-KIND-KEY' } })
      } catch (err) {
        return err
      }
    }
    const err = attempt()
    expect(err).toBeInstanceOf(ConnectionSetupError)
    expect(String(err)).toMatch(/needs an API key/)
    expect(String(err)).not.toContain('DISTINCT-WRONG-KIND-KEY')
  })
})
