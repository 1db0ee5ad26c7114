import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openAppLog, unexpectedError } from '../../../src/core/log'
import { formatLogLine, type LogEvent } from '../../../src/core/log/log-events'
import { AppError } from '../../../src/shared/errors'

const AT = new Date('2026-12-03T09:30:00.000Z')

describe('log lines', () => {
  it('are time, program and process, event, then key=value fields', () => {
    const line = formatLogLine({ event: 'job.start', job: '20261203-0930-ab12', target: 'products:create', rows: 120, invalid: 3, resumed: false }, AT, 'desktop', 4242)
    expect(line).toBe('2026-12-03T09:30:00.000Z desktop[4242] job.start job=20261203-0930-ab12 target=products:create rows=120 invalid=3 resumed=no')
  })

  it('write reason counts compactly and leave out fields that are not set', () => {
    const line = formatLogLine({ event: 'job.refusals', job: 'j1', reasons: { 'image-unreachable': 3, '200019': 1 } }, AT, 'cli', 7)
    expect(line).toBe('2026-12-03T09:30:00.000Z cli[7] job.refusals job=j1 reasons=200019:1,image-unreachable:3')
    expect(formatLogLine({ event: 'request.setback', job: 'j1', action: 'retry', kind: 'network' }, AT, 'cli', 7)).not.toContain('status=')
  })

  it('write anything that is not one of Sheetport’s own codes as ?, so a wrong caller cannot leak a customer’s words', () => {
    const wrong = [
      '김민수',
      'kim@example.com',
      'https://shop.example/p/1',
      'two words',
      'C:\\Users\\김\\Desktop\\상품.xlsx',
      '/home/shop/상품.xlsx',
      'x'.repeat(200)
    ]
    for (const value of wrong) {
      const line = formatLogLine({ event: 'error.unexpected', where: value, name: 'Error', code: value } as LogEvent, AT, 'web', 1)
      expect(line).toBe('2026-12-03T09:30:00.000Z web[1] error.unexpected where=? name=Error code=?')
    }
  })

  it('keep only an unexpected error’s kind and code, never its message', () => {
    const error = Object.assign(new TypeError('could not open https://shop.example/?key=omni-KEY-1 for kim@example.com'), { code: 'ERR_INVALID_URL' })
    expect(unexpectedError('jobs:start', error)).toEqual({ event: 'error.unexpected', where: 'jobs:start', name: 'TypeError', code: 'ERR_INVALID_URL' })
    expect(unexpectedError('jobs:start', new AppError('jobs.running', 'This upload is still running.'))).toEqual({ event: 'error.unexpected', where: 'jobs:start', name: 'AppError', code: 'jobs.running' })
    expect(unexpectedError('x', 'a string thrown')).toEqual({ event: 'error.unexpected', where: 'x', name: 'string' })
  })
})

describe('the app log', () => {
  it('creates nothing until the first line, then appends lines to sheetport.log in its folder', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'sheetport-log-')), 'logs')
    const log = openAppLog({ folder: dir, shell: 'desktop', now: () => AT, pid: 9 })
    expect(log.location).toEqual({ folder: dir, file: join(dir, 'sheetport.log') })
    await expect(readFile(join(dir, 'sheetport.log'))).rejects.toThrow()
    log.write({ event: 'app.start', version: '0.1.0', platform: 'win32', arch: 'x64' })
    log.write({ event: 'app.quit', runningJobs: 0 })
    expect(await readFile(join(dir, 'sheetport.log'), 'utf8')).toBe(
      '2026-12-03T09:30:00.000Z desktop[9] app.start version=0.1.0 platform=win32 arch=x64\n2026-12-03T09:30:00.000Z desktop[9] app.quit runningJobs=0\n'
    )
  })
})
