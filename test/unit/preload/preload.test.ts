import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../src/shared/ipc/contract'
import { eventMethodName, methodPath } from '../../../src/shared/ipc/api'

const exposed = new Map<string, unknown>()
const ipcRenderer = {
  invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, data: { channel, request } })),
  on: vi.fn(),
  removeListener: vi.fn()
}

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer
}))

type ExposedApi = Record<string, Record<string, (...args: unknown[]) => unknown>>

/** Walks everything the page can reach from what was exposed, looking for ipcRenderer. */
function reachable(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return []
  seen.add(value)
  return [value, ...Object.values(value as object).flatMap((child) => reachable(child, seen))]
}

describe('preload bridge', () => {
  let api: ExposedApi
  beforeAll(async () => {
    await import('../../../src/preload/index')
    api = exposed.get('api') as ExposedApi
  })

  it('exposes exactly one object, window.api', () => {
    expect([...exposed.keys()]).toEqual(['api'])
  })

  it('has exactly one method per contract channel', () => {
    const methods = Object.entries(api)
      .filter(([domain]) => domain !== 'on')
      .flatMap(([domain, group]) => Object.keys(group).map((method) => `${domain}.${method}`))
      .sort()
    expect(methods).toEqual(CHANNEL_NAMES.map((channel) => methodPath(channel).join('.')).sort())
  })

  it('never exposes ipcRenderer or any of its functions', () => {
    const values = reachable(api)
    expect(values).not.toContain(ipcRenderer)
    for (const fn of Object.values(ipcRenderer)) expect(values).not.toContain(fn)
  })

  it('sends each method over its own channel', async () => {
    await api['settings']?.['update']?.({ language: 'en' })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('settings:update', { language: 'en' })
  })

  it('gives listeners only the payload and returns an unsubscribe', () => {
    expect(Object.keys(api['on'] ?? {}).sort()).toEqual(EVENT_NAMES.map(eventMethodName).sort())
    const listener = vi.fn()
    const unsubscribe = api['on']?.['settingsChanged']?.(listener) as () => void
    const [[channel, forward]] = ipcRenderer.on.mock.calls as unknown as [[string, (event: unknown, payload: unknown) => void]]
    expect(channel).toBe('settings:changed')
    forward({ sender: ipcRenderer }, { language: 'ko' })
    expect(listener).toHaveBeenCalledWith({ language: 'ko' })
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('settings:changed', forward)
  })
})
