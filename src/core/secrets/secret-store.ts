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

/**
 * Thrown when the keychain cannot hold a secret this long (Windows
 * Credential Manager keeps at most 2,560 bytes), before anything is written.
 */
export class SecretTooLongError extends Error {
  constructor(readonly maxCharacters: number) {
    super(`The keys are longer than this computer's keychain can keep (at most about ${maxCharacters} characters together).`)
    this.name = 'SecretTooLongError'
  }
}
