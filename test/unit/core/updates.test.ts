import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/core/app/dispatch'
import { updateHandlers } from '../../../src/core/app/handlers/update-handlers'
import { fakeUpdatePort } from '../support/fake-update-port'
import { createTestCore } from '../support/test-core'
import { updateStatusLogger } from '../../../src/core/updates/log-update-status'
import type { LogEvent } from '../../../src/core/log'

describe('updates in the core', () => {
  it('forwards every status change to the event bus and answers the status, until closed', async () => {
    const { port, move, listenerCount } = fakeUpdatePort()
    const core = await createTestCore({ updates: port })
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
    expect(listenerCount()).toBe(0)
  })

  it('refuses “Restart now” while an upload runs, without asking the updater', async () => {
    const { port } = fakeUpdatePort()
    let running = 1
    const handlers = updateHandlers({ updates: port, runningJobs: () => running })
    expect(() => handlers['updates:restart'](undefined)).toThrow(expect.objectContaining({ code: 'updates.uploading' }))
    expect(port.restartToUpdate).not.toHaveBeenCalled()
    running = 0
    expect(handlers['updates:restart'](undefined)).toBeNull()
    expect(port.restartToUpdate).toHaveBeenCalledTimes(1)
  })

  it('passes on the updater’s own refusal as a plain error', async () => {
    const { port } = fakeUpdatePort('not-ready')
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

describe('update states in the support log', () => {
  it('are written once per change, not once per download percent, with only the version or the error code', () => {
    const lines: LogEvent[] = []
    const logUpdate = updateStatusLogger({ write: (event) => void lines.push(event), location: null })
    logUpdate({ state: 'checking' })
    for (const percent of [1, 40, 99]) logUpdate({ state: 'downloading', version: '0.2.0', percent })
    logUpdate({ state: 'ready', version: '0.2.0' })
    logUpdate({ state: 'ready', version: '0.2.0' })
    logUpdate({ state: 'error', code: 'offline' })
    expect(lines).toEqual([
      { event: 'update.status', state: 'checking' },
      { event: 'update.status', state: 'downloading', version: '0.2.0' },
      { event: 'update.status', state: 'ready', version: '0.2.0' },
      { event: 'update.status', state: 'error', code: 'offline' }
    ])
  })
})
