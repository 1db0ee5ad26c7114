import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmuResponse } from './types'

/** Thrown when a request body passes the cap. */
export class RequestTooLarge extends Error {}

/** Reads a request body as UTF-8, refusing more than `maxBytes`. */
export async function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    total += buf.length
    if (total > maxBytes) throw new RequestTooLarge()
    chunks.push(buf)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Writes an emulator answer: JSON unless a string body with its own content type. */
export function writeAnswer(res: ServerResponse, answer: EmuResponse): void {
  const text = typeof answer.body === 'string' ? answer.body : answer.body === undefined ? '' : JSON.stringify(answer.body)
  res.writeHead(answer.status, {
    'content-type': answer.contentType ?? 'application/json;charset=UTF-8',
    'content-length': String(Buffer.byteLength(text)),
    ...answer.headers
  })
  res.end(text)
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
