import { AppError } from '../../shared/errors'
import { SecretStoreUnavailableError, SecretTooLongError, type SecretStore } from '../secrets/secret-store'

const KEYCHAIN_CODE = 'connections.keychain-unavailable'
const GENERIC_KEYCHAIN_MESSAGE =
  'Sheetport could not use your computer’s secure keychain, so nothing was saved. Unlock the keychain and try again.'

/** Undoes one keychain change (best effort: used only while a save is already failing). */
export type UndoSecret = () => Promise<void>

/**
 * The SecretStore as the connections need it: every failure becomes an
 * AppError whose message says what to do (the adapter's own message for an
 * unusable keychain, a generic one otherwise — an unknown error's text is
 * never passed on, as it could quote what it was given).
 */
export class GuardedSecrets {
  constructor(private readonly store: SecretStore) {}

  /** The entry of an account, or null when there is none. */
  async read(account: string): Promise<string | null> {
    return this.#guard(() => this.store.get(account))
  }

  /**
   * Sets (or, with null, deletes) an account's entry and returns how to put
   * the previous value back, so a failed settings save leaves the keychain
   * as it was.
   */
  async replace(account: string, next: string | null): Promise<UndoSecret> {
    const previous = await this.read(account)
    if (next === null) await this.#guard(() => this.store.delete(account))
    else await this.#guard(() => this.store.set(account, next))
    return async () => {
      try {
        if (previous === null) await this.store.delete(account)
        else await this.store.set(account, previous)
      } catch {
        // Already failing; the caller reports the original problem.
      }
    }
  }

  async #guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      if (error instanceof SecretTooLongError) {
        throw new AppError('connections.key-too-long', `These keys are longer than Windows can keep safely (about ${error.maxCharacters} characters for all keys of a connection together), so nothing was saved. Check that you pasted only the key, with nothing around it.`, { max: error.maxCharacters })
      }
      const message = error instanceof SecretStoreUnavailableError ? error.message : GENERIC_KEYCHAIN_MESSAGE
      throw new AppError(KEYCHAIN_CODE, message)
    }
  }
}
