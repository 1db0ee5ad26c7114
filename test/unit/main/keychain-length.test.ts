import { describe, expect, it, vi } from 'vitest'
import { GuardedSecrets } from '../../../src/core/connections/guarded-secrets'
import { KeychainSecretStore } from '../../../src/main/adapters/keychain'

const written: string[] = []
vi.mock('@napi-rs/keyring', () => ({
  AsyncEntry: class {
    async getPassword(): Promise<string | null> {
      return null
    }
    async setPassword(secret: string): Promise<void> {
      written.push(secret)
    }
    async deleteCredential(): Promise<boolean> {
      return true
    }
  }
}))

describe('keys longer than Windows Credential Manager takes', () => {
  it('are refused before anything is written, with a plain word instead of "keychain unavailable"', async () => {
    const windows = new GuardedSecrets(new KeychainSecretStore('Sheetport', 'win32'))
    await expect(windows.replace('connection-1', 'k'.repeat(1_281))).rejects.toMatchObject({ code: 'connections.key-too-long', params: { max: 1_280 } })
    expect(written).toEqual([])
    await windows.replace('connection-1', 'k'.repeat(1_280))
    expect(written).toHaveLength(1)
  })

  it('are kept elsewhere, where the keychain has no such limit', async () => {
    await new GuardedSecrets(new KeychainSecretStore('Sheetport', 'darwin')).replace('connection-2', 'k'.repeat(4_000))
    expect(written.at(-1)).toHaveLength(4_000)
  })
})
