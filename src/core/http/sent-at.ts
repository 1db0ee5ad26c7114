import { AsyncLocalStorage } from 'node:async_hooks'
import { subscribe } from 'node:diagnostics_channel'

/** Told the moment a request's last byte was handed to the network (epoch ms). */
export type SentListener = (sentAt: number) => void

const listeners = new AsyncLocalStorage<SentListener>()
const requestListeners = new WeakMap<object, SentListener>()
let subscribed = false

function requestOf(message: unknown): object | undefined {
  const request = (message as { request?: unknown } | null)?.request
  return typeof request === 'object' && request !== null ? request : undefined
}

/**
 * Node's fetch (undici) publishes each request's life on diagnostics
 * channels. A request is created inside the async context of the code that
 * called fetch, so the listener of that context is tied to it there; the
 * "body sent" message comes later from the socket, and finds the listener
 * through the request object.
 */
function subscribeOnce(): void {
  if (subscribed) return
  subscribed = true
  subscribe('undici:request:create', (message) => {
    const listener = listeners.getStore()
    const request = requestOf(message)
    if (listener !== undefined && request !== undefined) requestListeners.set(request, listener)
  })
  subscribe('undici:request:bodySent', (message) => {
    const request = requestOf(message)
    const listener = request === undefined ? undefined : requestListeners.get(request)
    if (listener === undefined || request === undefined) return
    requestListeners.delete(request)
    listener(Date.now())
  })
}

/**
 * Runs `work` and tells `onSent` when each HTTP request it makes with
 * fetch has been written out completely: the moment closest to the
 * service's own clock that a client can see. The pacer keys its window on
 * these moments, so a request that leaves late (a new connection, a busy
 * machine) moves the next window with it instead of crowding it. A fetch
 * that never reaches the network (or a test double) simply never reports.
 */
export function observeSending<T>(onSent: SentListener, work: () => Promise<T>): Promise<T> {
  subscribeOnce()
  return listeners.run(onSent, work)
}
