/** Default cap on a response body: far above any documented answer, far below trouble. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024

/** Thrown when a response body is bigger than the cap; the caller turns it into a bad-response. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The answer was larger than ${limitBytes} bytes.`)
    this.name = 'BodyTooLargeError'
  }
}

/**
 * Reads a response body as UTF-8 text, stopping (and cancelling the stream)
 * as soon as it passes `maxBytes`, so a huge or endless answer cannot eat the
 * app's memory. Honours Content-Length up front when the server sends one.
 */
export async function readBodyCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    throw new BodyTooLargeError(maxBytes)
  }
  if (response.body === null) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLargeError(maxBytes)
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks))
}
