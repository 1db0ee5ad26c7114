import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConnectionStore, type ConnectionStoreOptions } from '../../../src/core/connections/connection-store'
import type { PracticeEndpoints } from '../../../src/core/connections/practice-connections'
import { PRACTICE_CREDENTIALS } from '../../../src/core/practice/credentials'
import { SecretStoreUnavailableError, type SecretStore } from '../../../src/core/secrets/secret-store'

/** Practice addresses for tests that never call the emulator. */
export const FAKE_PRACTICE: PracticeEndpoints = {
  baseUrls: {
    omnicommerce: 'http://127.0.0.1:9/omnicommerce/2022-08',
    occ: 'http://127.0.0.1:9/occ',
    nclue: 'http://127.0.0.1:9/nclue/api/v1'
  },
  credentials: { ...PRACTICE_CREDENTIALS }
}

/** A SecretStore in memory whose entries a test can read, list and tamper with. */
export class VisibleSecretStore implements SecretStore {
  readonly entries = new Map<string, string>()
  async get(account: string): Promise<string | null> {
    return this.entries.get(account) ?? null
  }
  async set(account: string, secret: string): Promise<void> {
    this.entries.set(account, secret)
  }
  async delete(account: string): Promise<boolean> {
    return this.entries.delete(account)
  }
}

/** A keychain that can't be used (locked, or no Secret Service), like the real adapter reports it. */
export class LockedSecretStore implements SecretStore {
  static readonly MESSAGE = 'Sheetport could not reach your computer’s secure keychain, so the key was not saved. Unlock the keychain and try again.'
  async get(): Promise<string | null> {
    throw new SecretStoreUnavailableError(LockedSecretStore.MESSAGE)
  }
  async set(): Promise<void> {
    throw new SecretStoreUnavailableError(LockedSecretStore.MESSAGE)
  }
  async delete(): Promise<boolean> {
    throw new SecretStoreUnavailableError(LockedSecretStore.MESSAGE)
  }
}

/** A store over a fresh data folder, with secrets in a VisibleSecretStore unless told otherwise. */
export async function makeStore(options: Partial<ConnectionStoreOptions> = {}): Promise<{ store: ConnectionStore; file: string; secrets: VisibleSecretStore }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sheetport-connections-'))
  const file = join(dataDir, 'connections.json')
  const secrets = new VisibleSecretStore()
  const store = new ConnectionStore({ file, secrets, practice: FAKE_PRACTICE, ...options })
  return { store, file, secrets }
}
