import { z } from 'zod'
import type { AppInfo, ConnectionSummary, Settings } from '../app-types'
import type { DownloadFile, ImportView } from '../import-view'
import { columnMappingSchema } from '../mapping-schema'
import { TARGETS } from '../targets'

/**
 * Carries a response type through the contract without any run-time value:
 * responses are produced by our own handlers, so only requests need schemas.
 */
function answers<T>(): T {
  return undefined as T
}

const noArgument = z.undefined()
const sessionId = z.uuid()
/** Bigger than the reader's own limit, which refuses with a friendlier message. */
const MAX_FILE_BYTES = 512 * 1024 * 1024

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
  'connections:list': { request: noArgument, response: answers<ConnectionSummary[]>() },
  'import:open': {
    request: z.strictObject({
      fileName: z.string().min(1).max(255),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_FILE_BYTES)
    }),
    response: answers<ImportView>()
  },
  'import:choose-sheet': {
    request: z.strictObject({ sessionId, sheetName: z.string().min(1).max(255) }),
    response: answers<ImportView>()
  },
  'import:set-header-row': {
    request: z.strictObject({ sessionId, headerIndex: z.number().int().min(0).max(1_000_000) }),
    response: answers<ImportView>()
  },
  'import:set-target': {
    request: z.strictObject({ sessionId, target: z.enum(TARGETS) }),
    response: answers<ImportView>()
  },
  'import:set-mapping': {
    request: z.strictObject({ sessionId, mapping: columnMappingSchema }),
    response: answers<ImportView>()
  },
  'templates:build': {
    request: z.strictObject({ target: z.enum(TARGETS), language: z.enum(['ko', 'en']) }),
    response: answers<DownloadFile>()
  }
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
