import { AppError, type IpcResult } from '../../shared/errors'
import { INVOKE, isChannelName } from '../../shared/ipc/contract'
import type { Handlers } from './handlers/types'

/** Where unexpected errors go; never given anything the user typed as a secret. */
export type ErrorSink = (channel: string, error: unknown) => void

/**
 * Runs one request from any transport: checks the channel exists, parses the
 * argument with the contract's schema, calls the handler, and turns every
 * outcome into `{ok:true,data}` or `{ok:false,code,message}`. Nothing thrown
 * escapes, and only AppError messages (written for people) reach the screen.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawRequest: unknown,
  onUnexpected: ErrorSink = () => {}
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, code: 'unknown-channel', message: 'Sheetport does not know this request.' }
  }
  const parsed = INVOKE[channel].request.safeParse(rawRequest)
  if (!parsed.success) {
    return { ok: false, code: 'invalid-request', message: 'The request was not in the expected form.' }
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown
    return { ok: true, data: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) }
    }
    onUnexpected(channel, error)
    return { ok: false, code: 'internal', message: 'Something went wrong inside Sheetport. Please try again.' }
  }
}
