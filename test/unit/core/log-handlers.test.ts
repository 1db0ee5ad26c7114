import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { logHandlers } from '../../../src/core/app/handlers/log-handlers'
import { NO_LOG, openAppLog } from '../../../src/core/log'

describe('the support log channels', () => {
  it('in the desktop app: say where the log is and open its folder (made if the log is still empty)', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'sheetport-logs-')), 'logs')
    const opened: string[] = []
    const handlers = logHandlers({ log: openAppLog({ folder, shell: 'desktop' }), openFolder: async (path) => void opened.push(path) })
    expect(await handlers['logs:where'](undefined)).toEqual({ folder, file: join(folder, 'sheetport.log'), canOpenFolder: true })
    expect(await handlers['logs:open-folder'](undefined)).toBeNull()
    expect(opened).toEqual([folder])
    expect((await stat(folder)).isDirectory()).toBe(true)
  })

  it('in the browser build: show the path but refuse to open folders, in words', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'sheetport-logs-')), 'logs')
    const handlers = logHandlers({ log: openAppLog({ folder, shell: 'web' }) })
    expect(await handlers['logs:where'](undefined)).toMatchObject({ canOpenFolder: false })
    await expect(handlers['logs:open-folder'](undefined)).rejects.toMatchObject({ code: 'logs.cannot-open', message: expect.stringMatching(/cannot open folders/) })
  })

  it('without a log (tests), answer that there is none', async () => {
    expect(await logHandlers({ log: NO_LOG })['logs:where'](undefined)).toBeNull()
  })
})
