import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { KeychainSecretStore } from '../../src/main/adapters/keychain'

// Runs inside dbus-run-session with an unlocked gnome-keyring (see run.sh):
// the real adapter against a real Secret Service.
describe('KeychainSecretStore against a real Secret Service', () => {
  const store = new KeychainSecretStore(`Sheetport test ${randomUUID()}`)
  const accounts: string[] = []
  const account = () => {
    const name = `connection-${randomUUID()}`
    accounts.push(name)
    return name
  }
  afterEach(async () => {
    for (const name of accounts.splice(0)) await store.delete(name)
  })

  it('stores, reads back and deletes a secret', async () => {
    const name = account()
    await store.set(name, 'sk-live-4f1b9c2e-keychain-roundtrip')
    expect(await store.get(name)).toBe('sk-live-4f1b9c2e-keychain-roundtrip')
    expect(await store.delete(name)).toBe(true)
    expect(await store.get(name)).toBeNull()
    expect(await store.delete(name)).toBe(false)
  })

  it('keeps Hangul and symbols intact and overwrites on a second save', async () => {
    const name = account()
    await store.set(name, '비밀-키/=+&first')
    await store.set(name, '비밀-키/=+&second')
    expect(await store.get(name)).toBe('비밀-키/=+&second')
  })

  it('keeps separate accounts apart', async () => {
    const [a, b] = [account(), account()]
    await store.set(a, 'alpha-secret')
    await store.set(b, 'beta-secret')
    expect(await store.get(a)).toBe('alpha-secret')
    expect(await store.get(b)).toBe('beta-secret')
  })
})
