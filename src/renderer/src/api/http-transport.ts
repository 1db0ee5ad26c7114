import type { IpcResult } from '../../../shared/errors'
import type { InvokeFn, SubscribeFn } from '../../../shared/ipc/api'
import type { EventName } from '../../../shared/ipc/contract'
import { fromWire, toWire } from '../../../shared/ipc/wire'

const UNREACHABLE: IpcResult<never> = {
  ok: false,
  code: 'bridge-unreachable',
  message: 'Sheetport is not answering. Is `npm run web` still running?'
}

/** Sends contract requests to the loopback web bridge with this run's token. */
export function httpInvoke(token: string): InvokeFn {
  return async (channel, request) => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: toWire({ request })
      })
      return fromWire(await response.text()) as IpcResult<unknown>
    } catch {
      return UNREACHABLE
    }
  }
}

/**
 * Subscribes to the bridge's event stream (one shared connection, opened on
 * first use) and hands each listener the payloads of its event.
 */
export function httpSubscribe(token: string): SubscribeFn {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let started = false

  async function pump(): Promise<void> {
    const response = await fetch('/api/events', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    while (reader) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += value
      const messages = buffer.split('\n\n')
      buffer = messages.pop() ?? ''
      for (const message of messages) {
        if (!message.startsWith('data: ')) continue
        const { event, payload } = JSON.parse(message.slice(6)) as { event: EventName; payload: unknown }
        listeners.get(event)?.forEach((listener) => listener(payload))
      }
    }
  }

  return (event, listener) => {
    if (!started) {
      started = true
      pump().catch(() => (started = false))
    }
    const set = listeners.get(event) ?? new Set()
    set.add(listener)
    listeners.set(event, set)
    return () => {
      set.delete(listener)
    }
  }
}
