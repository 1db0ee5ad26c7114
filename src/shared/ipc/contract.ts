import { z } from 'zod'
import type { AppInfo, ConnectionSummary, Settings } from '../app-types'

/**
 * Carries a response type through the contract without any run-time value:
 * responses are produced by our own handlers, so only requests need schemas.
 */
function answers<T>(): T {
  return undefined as T
}

const noArgument = z.undefined()

/**
 * The one IPC contract. Each channel is `domain:action` with the schema its
 * argument must pass and the type of its answer. The Electron transport, the
 * preload bridge, the web bridge and the renderer's api module are all built
 * from this object: adding a channel is one entry here and one handler.
 */
export const INVOKE = {
  'app:info': { request: noArgument, response: answers<AppInfo>() },
  'settings:get': { request: noArgument, response: answers<Settings>() },
  'settings:update': {
    request: z.strictObject({ language: z.enum(['ko', 'en', 'system']).optional() }),
    response: answers<Settings>()
  },
  'connections:list': { request: noArgument, response: answers<ConnectionSummary[]>() }
} as const

/**
 * Events the app pushes to the screen, with their payload types. Subscribing
 * returns an unsubscribe function.
 */
export const EVENTS = {
  'settings:changed': answers<Settings>()
} as const

/** Name of an invoke channel, e.g. `settings:get`. */
export type ChannelName = keyof typeof INVOKE
/** Name of a push event. */
export type EventName = keyof typeof EVENTS
/** What a channel's handler receives, after validation. */
export type RequestOf<C extends ChannelName> = z.output<(typeof INVOKE)[C]['request']>
/** What a channel's handler answers. */
export type ResponseOf<C extends ChannelName> = (typeof INVOKE)[C]['response']
/** What an event carries. */
export type PayloadOf<E extends EventName> = (typeof EVENTS)[E]

/** Every invoke channel name, for transports that register them all. */
export const CHANNEL_NAMES = Object.keys(INVOKE) as ChannelName[]
/** Every event name. */
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[]

/** Tells an untrusted string from a real channel name. */
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(INVOKE, value)
}

/** Tells an untrusted string from a real event name. */
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, value)
}
