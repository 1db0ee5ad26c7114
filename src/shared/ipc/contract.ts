import type { z } from 'zod'
import { APP_CHANNELS, APP_EVENTS } from './channels/app'
import { CONNECTION_CHANNELS } from './channels/connections'
import { IMPORT_CHANNELS } from './channels/import'
import { JOB_CHANNELS, JOB_EVENTS } from './channels/jobs'
import { LOG_CHANNELS } from './channels/logs'
import { REVIEW_CHANNELS } from './channels/review'
import { SAMPLE_CHANNELS } from './channels/samples'
import { TEMPLATE_CHANNELS } from './channels/templates'
import { UPDATE_CHANNELS, UPDATE_EVENTS } from './channels/updates'

/**
 * The one IPC contract. Each channel is `domain:action` with the schema its
 * argument must pass and the type of its answer; each domain keeps its
 * channels in its own file under ./channels. The Electron transport, the
 * preload bridge, the web bridge and the renderer's api module are all built
 * from this object: adding a channel is one entry there and one handler.
 */
export const INVOKE = {
  ...APP_CHANNELS,
  ...CONNECTION_CHANNELS,
  ...IMPORT_CHANNELS,
  ...JOB_CHANNELS,
  ...LOG_CHANNELS,
  ...REVIEW_CHANNELS,
  ...SAMPLE_CHANNELS,
  ...TEMPLATE_CHANNELS,
  ...UPDATE_CHANNELS
} as const

/**
 * Events the app pushes to the screen, with their payload types. Subscribing
 * returns an unsubscribe function.
 */
export const EVENTS = {
  ...APP_EVENTS,
  ...JOB_EVENTS,
  ...UPDATE_EVENTS
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
