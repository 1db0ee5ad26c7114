import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { composeCore } from '../../../src/core/app/compose-core'
import { dispatch } from '../../../src/core/app/dispatch'
import { updateHandlers } from '../../../src/core/app/handlers/update-handlers'
import { MemorySecretStore } from '../../../src/core/secrets/memory-secret-store'
import type { UpdatePort } from '../../../src/core/updates/update-port'
import type { UpdateStatus } from '../../../src/shared/updates'
import { createTestCore } from '../support/test-core'

/** An updater stand-in whose status the test moves by hand. */
function fakePort(answer: ReturnType<UpdatePort['restartToUpdate']> = 'restarting') {
  let current: UpdateStatus = { state: 'idle' }
  const listeners = new Set<(status: UpdateStatus) => void>()
  const port = {
    status: () => current,
    restartToUpdate: vi.fn(() => answer),
    onChange: (listener: (status: UpdateStatus) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  } satisfies UpdatePort
  const move = (next: UpdateStatus) => {
    current = next
    for (const listener of listeners) listener(next)
  }
  return { port, move, listeners }
}

describe('updates in the core', () => {
  it('forwards every status change to the event bus and answers the status, until closed', async () => {
    const { port, move, listeners } = fakePort()
    const core = await composeCore({
      dataDir: await mkdtemp(join(tmpdir(), 'sheetport-test-')),
      systemLanguage: 'ko',
      info: { name: 'Sheetport', version: '0.1.0', shell: 'desktop', platform: 'linux' },
      secretStore: new MemorySecretStore(),
      updates: port
    })
    const events: Array<[string, unknown]> = []
    core.events.subscribe((event, payload) => events.push([event, payload]))
    move({ state: 'checking' })
    move({ state: 'ready', version: '0.2.0' })
    expect(events).toEqual([
      ['updates:changed', { state: 'checking' }],
      ['updates:changed', { state: 'ready', version: '0.2.0' }]
    ])
    expect(await dispatch(core.handlers, 'updates:status', undefined)).toEqual({ ok: true, data: { state: 'ready', version: '0.2.0' } })
    expect(await dispatch(core.handlers, 'updates:restart', undefined)).toEqual({ ok: true, data: null })
    expect(port.restartToUpdate).toHaveBeenCalledTimes(1)
    await core.close()
    expect(listeners.size).toBe(0)
  })

  it('refuses “Restart now” while an upload runs, without asking the updater', async () => {
    const { port } = fakePort()
    let running = 1
    const handlers = updateHandlers({ updates: port, runningJobs: () => running })
    expect(() => handlers['updates:restart'](undefined)).toThrow(expect.objectContaining({ code: 'updates.uploading' }))
    expect(port.restartToUpdate).not.toHaveBeenCalled()
    running = 0
    expect(handlers['updates:restart'](undefined)).toBeNull()
    expect(port.restartToUpdate).toHaveBeenCalledTimes(1)
  })

  it('passes on the updater’s own refusal as a plain error', async () => {
    const { port } = fakePort('not-ready')
    const handlers = updateHandlers({ updates: port, runningJobs: () => 0 })
    expect(() => handlers['updates:restart'](undefined)).toThrow(expect.objectContaining({ code: 'updates.not-ready' }))
  })

  it('has no updater in the browser build: always idle, restart refused with a plain message', async () => {
    const { handlers } = await createTestCore()
    expect(await dispatch(handlers, 'updates:status', undefined)).toEqual({ ok: true, data: { state: 'idle' } })
    expect(await dispatch(handlers, 'updates:restart', undefined)).toEqual({
      ok: false,
      code: 'updates.no-updater',
      message: 'This version of Sheetport does not update itself.'
    })
  })
})
