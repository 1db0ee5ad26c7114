import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { ConnectionSetupError, createTargetAdapter, type TargetConnection } from '../../../src/core/targets'
import { countingContext, itemsFor, rejection, row, signal } from './support'

let emu: PracticeServer
let storefront: TargetConnection
let admin: TargetConnection
let n = 0
const TYPED_PASSWORD = 'Zebra-Secret-Pw-9931'
const OTHER_PASSWORD = 'Quokka-Secret-Pw-5512'
const APP_KEY_WRONG = 'DISTINCT-APP-KEY-8812'

const customer = (extra: Record<string, string> = {}) =>
  row(++n + 1, { email: `shopper${n}@example.com`, firstName: '길동', lastName: '홍', receiveEmail: 'no', ...extra })

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { occ: null } })
  storefront = { baseUrl: emu.baseUrls.occ, timeoutMs: 2000 }
  admin = { baseUrl: emu.baseUrls.occ, credentials: { appKey: emu.credentials.occAppKey }, timeoutMs: 2000 }
})
afterAll(async () => emu.close())

describe('OCC customers adapter against the practice emulator', () => {
  it('creates customers in storefront mode: address, dynamic properties, generated or typed passwords', async () => {
    const adapter = createTargetAdapter('customers:create', { ...storefront, language: 'ko' })
    expect(adapter).toMatchObject({ service: 'occ', batchSize: 1, resendIsSafe: false })
    const rows = [
      customer({ 'address.address1': '테헤란로 123', 'address.city': '강남구', 'address.postalCode': '06236', 'dynamic.loyaltyTier': 'gold' }),
      customer({ password: TYPED_PASSWORD }),
      customer()
    ]
    const { items, passwords } = itemsFor('customers:create', rows)
    expect(passwords[0]).not.toBeNull()
    expect(passwords[1]).toBeNull()
    expect(passwords[2]).not.toBe(passwords[0])
    const outcomes = []
    for (const item of items) outcomes.push(...(await adapter.send([item], signal())))
    expect(outcomes.map((o) => o.state)).toEqual(['accepted', 'accepted', 'accepted'])
    const first = outcomes[0]?.state === 'accepted' ? emu.state.occProfiles.get(outcomes[0].remoteId ?? '') : undefined
    expect(first).toMatchObject({ locale: 'ko', dynamicProperties: { loyaltyTier: 'gold' }, passwordLength: passwords[0]?.length })
    expect(first?.shippingAddresses).toEqual([{ address1: '테헤란로 123', city: '강남구', postalCode: '06236', isDefaultAddress: true }])
    const text = JSON.stringify(outcomes)
    for (const secret of [...passwords, TYPED_PASSWORD]) if (secret !== null) expect(text).not.toContain(secret)
  })

  it('fails a taken email and an internal error with plain reasons that never quote the password', async () => {
    const adapter = createTargetAdapter('customers:create', storefront)
    const taken = customer({ email: 'Taken.Person@Example.com' })
    await adapter.send(itemsFor('customers:create', [taken]).items, signal())
    const rows = [customer({ email: 'taken.person@example.com', password: OTHER_PASSWORD }), customer({ email: 'internal-error@example.com', password: OTHER_PASSWORD })]
    const outcomes = []
    for (const item of itemsFor('customers:create', rows).items) outcomes.push(...(await adapter.send([item], signal())))
    expect(outcomes).toEqual([
      { index: 0, state: 'failed', reasonCode: 'email-taken', message: 'This email already has an account — remove the row or use a different email' },
      { index: 1, state: 'failed', reasonCode: 'internal', message: 'Commerce Cloud had an internal problem creating this customer — try again later' }
    ])
    expect(JSON.stringify(outcomes)).not.toContain(OTHER_PASSWORD)
  })

  it('storefront: an unanswered create is settled by sending it again — created now, or there already (with that note), never twice', async () => {
    const adapter = createTargetAdapter('customers:create', storefront)
    const { items } = itemsFor('customers:create', [customer({ password: TYPED_PASSWORD }), customer()])
    emu.setFaults('occ', { dropAfterProcessing: { count: 1, methods: ['POST'] } })
    const err = await rejection(adapter.send(items.slice(0, 1), signal()))
    emu.setFaults('occ', {})
    expect(err).toBeInstanceOf(ServiceError)
    expect(err).toMatchObject({ ambiguous: true })
    expect(String(err)).not.toContain(TYPED_PASSWORD)
    const profiles = emu.state.occProfiles.size
    const context = countingContext()
    // The first was created before its answer was lost; the second never reached OCC.
    const settled = await adapter.reconcile?.(items, context)
    expect(settled?.[0]).toEqual({ index: 0, state: 'accepted', note: 'customer-existed' })
    expect(settled?.[1]).toMatchObject({ index: 1, state: 'accepted', remoteId: expect.any(String) })
    expect(context.calls).toBe(2)
    expect(emu.state.occProfiles.size).toBe(profiles + 1)
  })

  it('admin mode: creates through the admin API and reconciles an unanswered create by email', async () => {
    const adapter = createTargetAdapter('customers:create', admin)
    const [ok] = await adapter.send(itemsFor('customers:create', [customer()]).items, signal())
    expect(ok?.state === 'accepted' && emu.state.occProfiles.get(ok.remoteId ?? '')?.createdVia).toBe('admin')
    const lost = customer()
    const { items } = itemsFor('customers:create', [lost, customer()])
    emu.setFaults('occ', { dropAfterProcessing: { count: 1, methods: ['POST'], pathIncludes: '/ccadmin/v1/profiles' } })
    await expect(adapter.send(items.slice(0, 1), signal())).rejects.toMatchObject({ ambiguous: true })
    emu.setFaults('occ', {})
    const context = countingContext()
    const outcomes = await adapter.reconcile?.(items, context)
    const stored = [...emu.state.occProfiles.values()].find((p) => p.email === lost.values.get('email'))
    expect(outcomes).toEqual([{ index: 0, state: 'accepted', remoteId: stored?.id }, { index: 1, state: 'absent' }])
    expect(context.calls).toBe(2)
  })

  it('storefront mode with an application key looks customers up through the admin API', async () => {
    const adapter = createTargetAdapter('customers:create', { ...admin, occMode: 'storefront' })
    const [sent] = await adapter.send(itemsFor('customers:create', [customer({ email: 'via-store@example.com' })]).items, signal())
    expect(sent?.state === 'accepted' && emu.state.occProfiles.get(sent.remoteId ?? '')?.createdVia).toBe('store')
    const found = await adapter.reconcile?.(itemsFor('customers:create', [customer({ email: 'VIA-STORE@example.com' })]).items, countingContext())
    expect(found?.[0]).toMatchObject({ state: 'accepted', remoteId: sent?.state === 'accepted' ? sent.remoteId : 'x' })
  })

  it('throws a refused application key for the engine, without the key; admin mode needs a key', async () => {
    const adapter = createTargetAdapter('customers:create', { ...admin, credentials: { appKey: APP_KEY_WRONG } })
    const err = await rejection(adapter.send(itemsFor('customers:create', [customer()]).items, signal()))
    expect(err).toMatchObject({ kind: 'auth' })
    expect(JSON.stringify(err) + String(err) + String((err as Error).stack)).not.toContain(APP_KEY_WRONG)
    expect(() => createTargetAdapter('customers:create', { ...storefront, occMode: 'admin' })).toThrow(ConnectionSetupError)
  })
})
