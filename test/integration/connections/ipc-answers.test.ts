import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/core/app/dispatch'
import type { ConnectionSummary } from '../../../src/shared/app-types'
import type { IpcResult } from '../../../src/shared/errors'
import { createTestCore } from '../../unit/support/test-core'

// Every answer of every connections channel, serialised and searched for the keys that went in.

const SECRETS = {
  omni: 'sk-omni-7Hq2Lp9Zr4-distinctive',
  appKey: 'eyJhbGciOiJSUzI1NiJ9.occ-app-9Vb3Nm-distinctive',
  access: 'ncp-access-5Tg8Yh-distinctive',
  secret: 'ncp-secret-2Wd6Jk-distinctive',
  replacement: 'sk-omni-replacement-4Rf1Ed'
}
/** Also the spellings a key takes inside URLs, JSON strings and Authorization headers. */
const variants = (secret: string): string[] => [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), JSON.stringify(secret).slice(1, -1)]

let core: Awaited<ReturnType<typeof createTestCore>>
const answers: Array<{ channel: string; answer: IpcResult<unknown> }> = []
const unexpected: string[] = []
async function call<T>(channel: string, request?: unknown): Promise<IpcResult<T>> {
  const answer = await dispatch(core.handlers, channel, request, (c, error) => unexpected.push(`${c}: ${String(error)}`))
  answers.push({ channel, answer })
  return answer as IpcResult<T>
}
const data = <T>(result: IpcResult<T>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`)
  return result.data
}

beforeAll(async () => {
  core = await createTestCore()
})
afterAll(async () => core.close())

describe('the connections channels never answer with a key', () => {
  it('adds, lists, tests, edits, refuses and removes without a key in any answer, file or log', async () => {
    const practice = data(await call<ConnectionSummary[]>('connections:list'))
    const emuOmni = practice.find((c) => c.id === 'practice-omnicommerce')?.baseUrl ?? ''
    const emuNclue = practice.find((c) => c.id === 'practice-nclue')?.baseUrl ?? ''
    const emuOcc = practice.find((c) => c.id === 'practice-occ')?.baseUrl ?? ''

    const omni = data(await call<ConnectionSummary>('connections:add', { service: 'omnicommerce', name: 'Shop', baseUrl: emuOmni, apiKey: SECRETS.omni }))
    const occ = data(await call<ConnectionSummary>('connections:add', { service: 'occ', name: 'Store', baseUrl: emuOcc, language: 'ko', occMode: 'admin', appKey: SECRETS.appKey }))
    const nclue = data(await call<ConnectionSummary>('connections:add', { service: 'nclue', name: 'Intents', baseUrl: emuNclue, accessKey: SECRETS.access, secretKey: SECRETS.secret }))
    // Refusals that arrive with keys in the request.
    expect(await call('connections:add', { service: 'omnicommerce', name: 'shop', baseUrl: '', apiKey: SECRETS.omni })).toMatchObject({ ok: false, code: 'connections.name-taken' })
    expect(await call('connections:add', { service: 'omnicommerce', name: 'Other', baseUrl: 'http://api.example.com', apiKey: SECRETS.omni })).toMatchObject({ ok: false, code: 'connections.url-not-secure' })
    expect(await call('connections:add', { service: 'omnicommerce', name: 'Other', baseUrl: '', apiKey: `${SECRETS.omni} ${SECRETS.omni}` })).toMatchObject({ ok: false, code: 'connections.key-invalid' })
    expect(await call('connections:add', { service: 'omnicommerce', name: 'Other', baseUrl: '', apiKey: SECRETS.omni, extra: SECRETS.secret })).toMatchObject({ ok: false, code: 'invalid-request' })
    expect(await call('connections:update', { id: 'practice-occ', service: 'occ', name: 'x', baseUrl: '', language: '', occMode: 'admin', appKey: SECRETS.appKey })).toMatchObject({ ok: false, code: 'connections.practice-read-only' })

    // Tests reach the emulator with the saved keys: refused there (the keys are not the practice ones), so they were really sent.
    expect(data(await call<ConnectionSummary>('connections:test', { id: omni.id })).lastTest?.outcome).toBe('wrong-key')
    expect(data(await call<ConnectionSummary>('connections:test', { id: nclue.id })).lastTest?.outcome).toBe('wrong-key')
    expect(data(await call<ConnectionSummary>('connections:test', { id: occ.id })).lastTest?.outcome).toBe('wrong-key')
    data(await call('connections:update', { id: omni.id, service: 'omnicommerce', name: 'Shop', baseUrl: emuOmni, apiKey: SECRETS.replacement }))
    data(await call('connections:update', { id: nclue.id, service: 'nclue', name: 'Intents', baseUrl: emuNclue, accessKey: '', secretKey: SECRETS.replacement }))
    data(await call('connections:problems'))
    const listed = data(await call<ConnectionSummary[]>('connections:list'))
    expect(listed.filter((c) => !c.practice).map((c) => [c.name, c.hasSecret])).toEqual([['Shop', true], ['Store', true], ['Intents', true]])
    data(await call('connections:remove', { id: occ.id }))
    expect(await call('connections:test', { id: occ.id })).toMatchObject({ ok: false, code: 'connections.not-found' })

    const channels = new Set(answers.map((a) => a.channel))
    expect([...channels].sort()).toEqual(['connections:add', 'connections:list', 'connections:problems', 'connections:remove', 'connections:test', 'connections:update'])
    const files = await Promise.all((await readdir(core.dataDir)).filter((name) => name.endsWith('.json')).map((name) => readFile(join(core.dataDir, name), 'utf8')))
    const everything = [JSON.stringify(answers), ...files, ...unexpected].join('\n')
    expect(everything).toContain('"hasSecret":true')
    for (const secret of Object.values(SECRETS)) {
      for (const spelling of variants(secret)) expect(everything).not.toContain(spelling)
    }
    expect(unexpected).toEqual([])
  })
})
