import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Handlers } from '../../../src/core/app/handlers/types'
import { registerIpcHandlers } from '../../../src/main/ipc/register-handlers'
import { createSenderCheck } from '../../../src/main/ipc/trusted-sender'
import { CHANNEL_NAMES } from '../../../src/shared/ipc/contract'
import { createTestCore } from '../support/test-core'
import { FakeIpcMain, fakeFrame } from './fake-electron'

vi.mock('electron', () => ({}))

const APP_URL = 'sheetport://app/index.html'
const fromApp = { senderFrame: fakeFrame(APP_URL) }

describe('registerIpcHandlers', () => {
  const ipcMain = new FakeIpcMain()
  let handlers: Handlers
  const unexpected = vi.fn()

  beforeAll(async () => {
    const core = await createTestCore()
    handlers = { ...core.handlers, 'connections:list': vi.fn(core.handlers['connections:list']) }
    registerIpcHandlers(ipcMain as never, handlers, createSenderCheck(APP_URL), unexpected)
  })

  const call = (channel: string, event: unknown, argument?: unknown) => ipcMain.handlers.get(channel)?.(event, argument)

  it('registers exactly one handler per contract channel, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('answers the app page with {ok:true,data}', async () => {
    await expect(call('app:info', fromApp)).resolves.toMatchObject({ ok: true, data: { name: 'Sheetport' } })
  })

  it.each([
    ['a null sender frame', { senderFrame: null }],
    ['a foreign page', { senderFrame: fakeFrame('https://evil.example/') }],
    ['a child frame of the app', { senderFrame: fakeFrame(APP_URL, fakeFrame(APP_URL)) }]
  ])('refuses %s without running the handler', async (_label, event) => {
    await expect(call('connections:list', event)).resolves.toEqual({
      ok: false,
      code: 'forbidden-sender',
      message: expect.any(String)
    })
    expect(handlers['connections:list']).not.toHaveBeenCalled()
  })

  it.each([
    ['a wrong type', { language: 42 }],
    ['an unknown value', { language: 'fr' }],
    ['an extra key', { language: 'en', __proto__: { polluted: true }, admin: true }],
    ['a string instead of an object', 'en'],
    ['a huge string', { language: 'x'.repeat(5_000_000) }]
  ])('refuses a malformed payload: %s', async (_label, payload) => {
    await expect(call('settings:update', fromApp, payload)).resolves.toMatchObject({ ok: false, code: 'invalid-request' })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('refuses an argument on a channel that takes none', async () => {
    await expect(call('app:info', fromApp, { sneaky: true })).resolves.toMatchObject({ ok: false, code: 'invalid-request' })
  })

  it('accepts a valid payload and returns the new state', async () => {
    await expect(call('settings:update', fromApp, { language: 'en' })).resolves.toMatchObject({
      ok: true,
      data: { language: 'en', systemLanguage: 'ko' }
    })
  })
})
