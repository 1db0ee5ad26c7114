import { AsyncEntry } from '@napi-rs/keyring'
import { SecretStoreUnavailableError, SecretTooLongError, type SecretStore } from '../../core/secrets/secret-store'

/** The service name Sheetport's entries carry in the OS keychain. */
export const KEYCHAIN_SERVICE = 'Sheetport'

const UNAVAILABLE_MESSAGE =
  'Sheetport could not reach your computer’s secure keychain, so the key was not saved. ' +
  'Unlock the keychain (on Linux: start a Secret Service such as GNOME Keyring) and try again.'

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Linux Secret
 * Service) through @napi-rs/keyring. On Linux the entry is pinned to the
 * Secret Service: the library would otherwise fall back to the kernel
 * keyring, which forgets secrets at logout, and we would rather fail closed
 * with a clear message than pretend a key was saved.
 */
/** Windows Credential Manager's limit for one secret (CRED_MAX_CREDENTIAL_BLOB_SIZE); the keychain module stores UTF-16. */
const WINDOWS_MAX_SECRET_BYTES = 2_560

export class KeychainSecretStore implements SecretStore {
  constructor(
    private readonly service: string = KEYCHAIN_SERVICE,
    private readonly platform: NodeJS.Platform = process.platform
  ) {}

  #entry(account: string): AsyncEntry {
    return new AsyncEntry(this.service, account, { linux: { store: 'secret-service' } })
  }

  async get(account: string): Promise<string | null> {
    return this.#guard(() => this.#entry(account).getPassword())
  }

  async set(account: string, secret: string): Promise<void> {
    // Refused here with a plain word, rather than as "keychain unavailable" by Windows itself.
    if (this.platform === 'win32' && Buffer.byteLength(secret, 'utf16le') > WINDOWS_MAX_SECRET_BYTES) throw new SecretTooLongError(WINDOWS_MAX_SECRET_BYTES / 2)
    await this.#guard(() => this.#entry(account).setPassword(secret))
  }

  async delete(account: string): Promise<boolean> {
    return this.#guard(() => this.#entry(account).deleteCredential())
  }

  async #guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch {
      // The native error can name the store or the entry; the user needs what to do instead.
      throw new SecretStoreUnavailableError(UNAVAILABLE_MESSAGE)
    }
  }
}
