/**
 * Where connection secrets live. The core only ever sees this interface;
 * the desktop app backs it with the OS keychain and tests with memory, so
 * no code path can quietly write a key to a plain file.
 */
export interface SecretStore {
  get(account: string): Promise<string | null>
  set(account: string, secret: string): Promise<void>
  /** Resolves true when something was deleted. */
  delete(account: string): Promise<boolean>
}

/**
 * Thrown when no secure store can be used (no Secret Service on Linux, a
 * locked keychain). Its message tells the user what to do; it never
 * contains the secret.
 */
export class SecretStoreUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecretStoreUnavailableError'
  }
}
