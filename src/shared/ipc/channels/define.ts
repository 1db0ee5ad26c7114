/**
 * Carries a response type through the contract without any run-time value:
 * responses are produced by our own handlers, so only requests need schemas.
 */
export function answers<T>(): T {
  return undefined as T
}
