import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../../src/core/services/field-issue'
import { generatePassword } from '../../../src/core/services/occ/password'
import { buildProfileBody } from '../../../src/core/services/occ/profile-body'
import { OccTokenManager } from '../../../src/core/services/occ/token-manager'

describe('generatePassword', () => {
  it('makes ≥ 16-char passwords with all four character classes, different every time', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const p = generatePassword()
      expect(p.length).toBeGreaterThanOrEqual(16)
      expect(p).toMatch(/[a-z]/)
      expect(p).toMatch(/[A-Z]/)
      expect(p).toMatch(/[0-9]/)
      expect(p).toMatch(/[^A-Za-z0-9]/)
      expect(p).not.toMatch(/^[=+\-@]|["'\\\s]/)
      seen.add(p)
    }
    expect(seen.size).toBe(200)
    expect(() => generatePassword(8)).toThrow(RangeError)
  })
})

describe('buildProfileBody', () => {
  const base = { email: 'kim@example.com', firstName: 'Kim', lastName: 'Anderson', password: 'pw-123456789', receiveEmail: true as const }
  it('builds the seed 002 shape: yes/no, one default address, dynamic properties at top level', () => {
    const body = buildProfileBody({ ...base, gender: 'female', address: { address1: '405 Example Street', city: 'Wake Forest', country: 'US', postalCode: '' }, dynamicProperties: { dynamicPropertyMaritalStatus: 'Married' } })
    expect(body).toEqual({
      email: 'kim@example.com', firstName: 'Kim', lastName: 'Anderson', password: 'pw-123456789', receiveEmail: 'yes', gender: 'female',
      dynamicPropertyMaritalStatus: 'Married',
      shippingAddresses: [{ address1: '405 Example Street', city: 'Wake Forest', country: 'US', isDefaultAddress: true }]
    })
  })
  it('refuses dynamic properties that would overwrite standard fields or pollute prototypes', () => {
    for (const key of ['password', 'email', '__proto__', 'has space', 'shippingAddresses']) {
      const dyn = JSON.parse(`{${JSON.stringify(key)}: "x"}`) as Record<string, string>
      expect(() => buildProfileBody({ ...base, dynamicProperties: dyn })).toThrow(InvalidInputError)
    }
  })
})

describe('OccTokenManager', () => {
  it('logs in once for many concurrent callers, renews after renewAfterMs, and after invalidate', async () => {
    let clock = 0
    let logins = 0
    const tm = new OccTokenManager(async () => {
      logins++
      await new Promise((r) => setTimeout(r, 10))
      return `t${logins}`
    }, 240_000, () => clock)
    const tokens = await Promise.all(Array.from({ length: 10 }, () => tm.token()))
    expect(new Set(tokens)).toEqual(new Set(['t1']))
    expect(logins).toBe(1)
    clock = 239_999
    expect(await tm.token()).toBe('t1')
    clock = 240_000
    expect(await tm.token()).toBe('t2')
    tm.invalidate('t1') // stale: ignored
    expect(await tm.token()).toBe('t2')
    tm.invalidate('t2')
    expect(await tm.token()).toBe('t3')
  })
  it('shares a failed login with every waiter and tries again next time', async () => {
    let calls = 0
    const tm = new OccTokenManager(async () => {
      calls++
      if (calls === 1) throw new Error('refused')
      return 'ok'
    }, 1000)
    const results = await Promise.allSettled([tm.token(), tm.token()])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(await tm.token()).toBe('ok')
    expect(calls).toBe(2)
  })
})

describe('checkCustomer', () => {
  const ok = { email: 'a@example.com', firstName: 'A', lastName: 'B', password: 'secret-pw-123456', receiveEmail: 'no' as const }
  it('accepts a complete row and flags each documented problem without quoting the password', async () => {
    const { checkCustomer } = await import('../../../src/core/services/occ/check-customer')
    expect(checkCustomer(ok)).toEqual([])
    expect(checkCustomer({ ...ok, dateOfBirth: '1990-02-28' })).toEqual([])
    const issues = checkCustomer({ ...ok, email: 'nope', firstName: ' ', password: '', receiveEmail: 'maybe' as 'no', dateOfBirth: '1990-02-30', dynamicProperties: { email: 'x' } })
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'email:invalid-email', 'firstName:required', 'password:required', 'receiveEmail:invalid-value', 'dateOfBirth:invalid-date', 'dynamic.email:invalid-property-name'
    ])
    expect(JSON.stringify(checkCustomer({ ...ok, email: '' }))).not.toContain(ok.password)
  })
})
