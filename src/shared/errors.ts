/**
 * Error codes that cross from the app's core to the screen. The renderer
 * translates `errors.<code>` and falls back to the English message, so a
 * code is a stable promise and a message is only a default.
 */
export type ErrorCode =
  | 'invalid-request'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'unauthorized'
  | 'not-found'
  | 'internal'
  | (string & {})

/** The failure half of every IPC answer. */
export interface Failure {
  readonly ok: false
  readonly code: ErrorCode
  readonly message: string
  /** Values for the translated message, e.g. `{ field: 'email' }`. */
  readonly params?: Readonly<Record<string, string | number>>
}

/** Every IPC answer: data on success, a code and a plain message otherwise. */
export type IpcResult<T> = { readonly ok: true; readonly data: T } | Failure

/**
 * An error whose message is safe and meant for the person using the app.
 * Handlers throw it; transports turn it into a `Failure`. Anything else
 * thrown becomes a generic 'internal' failure, so stray details never leak.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Readonly<Record<string, string | number>>
  ) {
    super(message)
    this.name = 'AppError'
  }
}
