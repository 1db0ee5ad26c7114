import type { IpcResult } from '../errors'
import {
  CHANNEL_NAMES,
  EVENT_NAMES,
  type ChannelName,
  type EventName,
  type PayloadOf,
  type RequestOf,
  type ResponseOf
} from './contract'

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
type ArgsOf<C extends ChannelName> = undefined extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>]

/** One method per channel of a domain, e.g. `api.settings.update({...})`. */
type DomainMethods<D extends string> = {
  [C in ChannelName as C extends `${D}:${infer A}` ? Camel<A> : never]: (
    ...args: ArgsOf<C>
  ) => Promise<IpcResult<ResponseOf<C>>>
}

/** One subscribe method per event, e.g. `api.on.settingsChanged(cb)`; each returns an unsubscribe. */
type EventMethods = {
  [E in EventName as Camel<E extends `${infer D}:${infer A}` ? `${D}-${A}` : never>]: (
    listener: (payload: PayloadOf<E>) => void
  ) => () => void
}

/** The app's whole surface as the renderer sees it (window.api in Electron). */
export type Api = { [D in DomainOf<ChannelName>]: DomainMethods<D> } & { on: EventMethods }

/** Sends one request over some transport and resolves with its answer. */
export type InvokeFn = (channel: ChannelName, request: unknown) => Promise<IpcResult<unknown>>
/** Subscribes to one event over some transport; returns an unsubscribe. */
export type SubscribeFn = (event: EventName, listener: (payload: unknown) => void) => () => void

function camel(text: string): string {
  return text.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** `settings:update` → ['settings', 'update']; `settings:set-language` → ['settings', 'setLanguage']. */
export function methodPath(channel: ChannelName): [domain: string, method: string] {
  const [domain = '', action = ''] = channel.split(':')
  return [domain, camel(action)]
}

/** `settings:changed` → 'settingsChanged'. */
export function eventMethodName(event: EventName): string {
  return camel(event.replace(':', '-'))
}

/**
 * Builds the Api object from the contract over any transport: the preload
 * uses ipcRenderer, the browser build uses HTTP. Both get the same shape
 * from the same code, so neither can drift from the contract.
 */
export function buildApi(invoke: InvokeFn, subscribe: SubscribeFn): Api {
  const api: Record<string, Record<string, unknown>> = {}
  for (const channel of CHANNEL_NAMES) {
    const [domain, method] = methodPath(channel)
    const methods = (api[domain] ??= {})
    methods[method] = (request?: unknown) => invoke(channel, request)
  }
  const on: Record<string, unknown> = {}
  for (const event of EVENT_NAMES) {
    on[eventMethodName(event)] = (listener: (payload: unknown) => void) => subscribe(event, listener)
  }
  api.on = on
  return api as unknown as Api
}
