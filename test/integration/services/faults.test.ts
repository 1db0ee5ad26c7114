import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { NclueClient } from '../../../src/core/services/nclue/client'
import { OccAdminClient } from '../../../src/core/services/occ/admin-client'
import { OmnicommerceClient } from '../../../src/core/services/omnicommerce/client'

let emu: PracticeServer
let omni: OmnicommerceClient
const product = (id: string) => ({ id, url: `https://img.example/${id}.jpg`, salesUrl: `https://shop.example/${id}`, detection: 'TOP' })
const failure = async (p: Promise<unknown>): Promise<ServiceError> => {
  const e = await p.then(() => undefined, (err: unknown) => err)
  expect(e).toBeInstanceOf(ServiceError)
  return e as ServiceError
}

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
  omni = new OmnicommerceClient({ apiKey: emu.credentials.omnicommerceApiKey, baseUrl: emu.baseUrls.omnicommerce, timeoutMs: 300 })
})
afterEach(() => {
  for (const s of ['omnicommerce', 'occ', 'nclue'] as const) emu.setFaults(s, {})
})
afterAll(async () => emu.close())

describe('fault injection through the clients', () => {
  it('timeout after the server processed a create → timeout, ambiguous, not safe to resend blind', async () => {
    emu.setFaults('omnicommerce', { hangAfterProcessing: { count: 1 } })
    const err = await failure(omni.createProducts([product('T1')], { blockDuplicates: true }))
    expect(err).toMatchObject({ kind: 'timeout', ambiguous: true, retrySafe: false, transient: true, status: undefined })
    expect(emu.state.products.has('T1')).toBe(true)
    expect(emu.state.requests('omnicommerce').at(-1)).toMatchObject({ outcome: 'hung', fault: 'hangAfterProcessing' })
    // The same timeout on an upsert (no BLOCK_DUPLICATES) is ambiguous but safe to resend.
    emu.setFaults('omnicommerce', { hangAfterProcessing: { count: 1 } })
    expect(await failure(omni.createProducts([product('T2')]))).toMatchObject({ kind: 'timeout', ambiguous: true, retrySafe: true })
  })

  it('connection dropped after processing → network, ambiguous; reconciliation finds the created records', async () => {
    const occ = new OccAdminClient({ baseUrl: emu.baseUrls.occ, appKey: emu.credentials.occAppKey, timeoutMs: 2000 })
    await occ.checkCredentials()
    emu.setFaults('occ', { dropAfterProcessing: { count: 1, methods: ['POST'], pathIncludes: '/profiles' } })
    const email = 'dropped@example.com'
    const err = await failure(occ.createProfile({ email, firstName: 'D', lastName: 'R', password: 'Pw-1234567890abc!', receiveEmail: 'no' }))
    expect(err).toMatchObject({ kind: 'network', ambiguous: true, retrySafe: false })
    expect(await occ.findProfileByEmail(email)).not.toBeNull()

    const nclue = new NclueClient({ accessKey: emu.credentials.nclueAccessKey, secretKey: emu.credentials.nclueSecretKey, baseUrl: emu.baseUrls.nclue, timeoutMs: 2000 })
    const taskId = await nclue.resolveTaskId('practice-fashion-intent')
    emu.setFaults('nclue', { dropAfterProcessing: { count: 1 } })
    const e2 = await failure(nclue.createProfile({ name: 'dropped-intent', task_id: taskId }))
    expect(e2).toMatchObject({ kind: 'network', ambiguous: true, retrySafe: false })
    expect((await nclue.findProfilesByName(['dropped-intent'])).has('dropped-intent')).toBe(true)
  })

  it('503 with Retry-After (seconds and HTTP-date) → server, not processed, retryAfterMs parsed', async () => {
    emu.setFaults('omnicommerce', { serverError: { count: 1, status: 503, retryAfter: '7' } })
    const err = await failure(omni.createProducts([product('R1')], { blockDuplicates: true }))
    expect(err).toMatchObject({ kind: 'server', status: 503, retryAfterMs: 7000, ambiguous: false, retrySafe: true, transient: true })
    expect(emu.state.products.has('R1')).toBe(false)
    const date = new Date(Date.now() + 10_000).toUTCString()
    emu.setFaults('omnicommerce', { serverError: { count: 1, status: 503, retryAfter: date } })
    const e2 = await failure(omni.getStatusCount())
    expect(e2.retryAfterMs).toBeGreaterThan(7000)
    expect(e2.retryAfterMs).toBeLessThanOrEqual(10_000)
    emu.setFaults('omnicommerce', { serverError: { count: 1, status: 500 } })
    expect(await failure(omni.createProducts([product('R2')], { blockDuplicates: true }))).toMatchObject({ kind: 'server', status: 500, ambiguous: true, retrySafe: false })
    expect((await omni.createProducts([product('R3')])).accepted).toBe(1)
  })

  it('an HTML 200 (captive portal) or garbage → bad-response with a clear message', async () => {
    emu.setFaults('omnicommerce', { garbage: { count: 1 } })
    const err = await failure(omni.createProducts([product('G1')]))
    expect(err).toMatchObject({ kind: 'bad-response', status: 200 })
    expect(err.message).toMatch(/web page \(HTML\)/)
    emu.setFaults('omnicommerce', { garbage: { count: 1, body: '{"accept": 1, "fail', contentType: 'text/plain' } })
    expect((await failure(omni.getStatusCount())).message).toMatch(/not valid JSON/)
  })

  it('latency beyond the timeout → timeout; probability 0 never fires, 1 always fires', async () => {
    emu.setFaults('omnicommerce', { latencyMs: 400, jitterMs: 50 })
    expect((await failure(omni.getStatusCount())).kind).toBe('timeout')
    emu.setFaults('omnicommerce', { serverError: { probability: 0 } })
    await omni.getStatusCount()
    emu.setFaults('omnicommerce', { serverError: { probability: 1, status: 502 } })
    expect((await failure(omni.getStatusCount())).status).toBe(502)
  })

  it('a caller-cancelled request → network/cancelled', async () => {
    emu.setFaults('omnicommerce', { latencyMs: 200 })
    const controller = new AbortController()
    const pending = omni.getStatusCount({ signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect(await failure(pending)).toMatchObject({ kind: 'network', reason: 'cancelled', ambiguous: true })
  })
})
