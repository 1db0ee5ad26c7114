import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { OccAdminClient } from '../../../src/core/services/occ/admin-client'
import { generatePassword } from '../../../src/core/services/occ/password'
import { OccStorefrontClient } from '../../../src/core/services/occ/storefront-client'
import type { CustomerInput } from '../../../src/core/services/occ/types'

let emu: PracticeServer
let store: OccStorefrontClient
let n = 0
const customer = (extra: Partial<CustomerInput> = {}): CustomerInput => ({
  email: `shopper${++n}@example.com`, firstName: 'Kim', lastName: 'Anderson', password: generatePassword(), receiveEmail: 'yes', ...extra
})
const failure = async (p: Promise<unknown>): Promise<ServiceError> => {
  const e = await p.then(() => undefined, (err: unknown) => err)
  expect(e).toBeInstanceOf(ServiceError)
  return e as ServiceError
}

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { occ: null }, occTokenTtlMs: 400 })
  store = new OccStorefrontClient({ baseUrl: emu.baseUrls.occ, timeoutMs: 5000 })
})
afterAll(async () => emu.close())

describe('OCC storefront mode', () => {
  it('creates a profile with address, dynamic properties and language header; returns only the id', async () => {
    const input = customer({ gender: 'female', dateOfBirth: '1990-04-01', login: 'kim-login',
      address: { firstName: 'Jack', lastName: 'Black', address1: '405 Example Street', city: 'Wake Forest', state: 'North Carolina', country: 'United States', postalCode: '27587', phoneNumber: '555123456' },
      dynamicProperties: { dynamicPropertyMaritalStatus: 'Married' } })
    const created = await store.createProfile(input, { language: 'ko' })
    expect(Object.keys(created)).toEqual(['id'])
    const saved = emu.state.occProfiles.get(created.id)
    expect(saved).toMatchObject({ email: input.email, login: 'kim-login', receiveEmail: 'yes', locale: 'ko', createdVia: 'store',
      dynamicProperties: { dynamicPropertyMaritalStatus: 'Married' }, passwordLength: input.password.length })
    expect(saved?.shippingAddresses).toEqual([expect.objectContaining({ address1: '405 Example Street', isDefaultAddress: true })])
  })

  it('maps 22003 / 22005 / 22024 / 22004 / 200019 to rejected errors with reasons, never echoing the password', async () => {
    const cases: Array<[Partial<CustomerInput>, string, string]> = [
      [{ email: '' }, '22003', 'email-empty'],
      [{ password: '' }, '22005', 'password-empty'],
      [{ firstName: 42 as unknown as string }, '22024', 'not-a-string'],
      [{ email: 'internal-error@example.com' }, '22004', 'internal']
    ]
    for (const [extra, code, reason] of cases) {
      const err = await failure(store.createProfile(customer(extra)))
      expect(err).toMatchObject({ kind: 'rejected', status: 400, serviceCode: code, reason, ambiguous: false, retrySafe: true })
    }
    const numericPassword = customer({ password: 12345678 as unknown as string })
    const err = await failure(store.createProfile(numericPassword))
    expect(err.serviceCode).toBe('22024')
    expect(err.message).toContain('password(')
    expect(err.message).not.toContain('12345678')
  })

  it('refuses an already-used email case-insensitively with 200019 email-taken', async () => {
    const first = customer({ email: 'Taken@Example.com' })
    await store.createProfile(first)
    const err = await failure(store.createProfile(customer({ email: 'taken@example.COM' })))
    expect(err).toMatchObject({ kind: 'rejected', serviceCode: '200019', reason: 'email-taken' })
    expect(err.message).toContain('An account already exists for this email address')
    expect(err.message).not.toContain(first.password)
  })
})

describe('OCC admin mode (application key)', () => {
  it('logs in once for concurrent creates, then finds profiles by email for reconciliation', async () => {
    const admin = new OccAdminClient({ baseUrl: emu.baseUrls.occ, appKey: emu.credentials.occAppKey, timeoutMs: 5000 })
    const issued = emu.state.occTokensIssued()
    const inputs = Array.from({ length: 5 }, () => customer())
    const created = await Promise.all(inputs.map((c) => admin.createProfile(c)))
    expect(emu.state.occTokensIssued() - issued).toBe(1)
    expect(created.every((c) => emu.state.occProfiles.get(c.id)?.createdVia === 'admin')).toBe(true)
    const found = await admin.findProfileByEmail(inputs[2]!.email.toUpperCase())
    expect(found).toMatchObject({ id: created[2]!.id, email: inputs[2]!.email })
    expect(await admin.findProfileByEmail('nobody@example.com')).toBeNull()
    const dup = await failure(admin.createProfile(customer({ email: inputs[0]!.email })))
    expect(dup.reason).toBe('email-taken')
  })

  it('renews an expired token after one 401 and resends once', async () => {
    // The emulator's tokens die after 400 ms here; the client would renew only after 4 minutes.
    const admin = new OccAdminClient({ baseUrl: emu.baseUrls.occ, appKey: emu.credentials.occAppKey })
    await admin.createProfile(customer())
    const issued = emu.state.occTokensIssued()
    await new Promise((r) => setTimeout(r, 450))
    emu.state.clearLog()
    await admin.createProfile(customer())
    expect(emu.state.occTokensIssued() - issued).toBe(1)
    expect(emu.state.requests('occ').map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /occ/ccadmin/v1/profiles 401', 'POST /occ/ccadmin/v1/login 200', 'POST /occ/ccadmin/v1/profiles 200'
    ])
  })

  it('renews proactively once the token is older than renewAfterMs', async () => {
    const admin = new OccAdminClient({ baseUrl: emu.baseUrls.occ, appKey: emu.credentials.occAppKey, renewAfterMs: 100 })
    await admin.checkCredentials()
    await new Promise((r) => setTimeout(r, 120))
    emu.state.clearLog()
    await admin.createProfile(customer())
    expect(emu.state.requests('occ').map((r) => r.status)).toEqual([200, 200])
  })

  it('reports a wrong application key as auth (app-key-refused) without leaking it', async () => {
    const appKey = 'eyJ-wrong-app-key-DISTINCT-9f8e7d'
    const admin = new OccAdminClient({ baseUrl: emu.baseUrls.occ, appKey })
    const err = await failure(admin.createProfile(customer()))
    expect(err).toMatchObject({ kind: 'auth', status: 401, reason: 'app-key-refused' })
    expect(JSON.stringify(err) + String(err) + err.stack).not.toContain(appKey)
  })
})
