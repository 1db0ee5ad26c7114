import { describe, expect, it } from 'vitest'
import { checkBaseUrl } from '../../../src/core/connections/base-url'
import { FAKE_PRACTICE, makeStore } from './support'

const omni = (name: string, apiKey = 'key-abcdef', baseUrl = '') => ({ service: 'omnicommerce' as const, name, baseUrl, apiKey })

describe('connection names', () => {
  it('must be unique ignoring case, surrounding spaces and Hangul normalisation, practice names included', async () => {
    const { store } = await makeStore()
    await store.add(omni('Main Shop'))
    await expect(store.add(omni('  main shop '))).rejects.toMatchObject({ code: 'connections.name-taken', params: { field: 'name', name: 'main shop' } })
    await store.add(omni('본점'))
    await expect(store.add(omni('본점'.normalize('NFD')))).rejects.toMatchObject({ code: 'connections.name-taken' })
    await expect(store.add(omni('ncLUE (PRACTICE)'))).rejects.toMatchObject({ code: 'connections.name-taken' })
  })

  it('are found again by the CLI in any case, practice ones too', async () => {
    const { store } = await makeStore()
    const added = await store.add(omni('Staging'))
    await expect(store.findConnectionByName(' STAGING ')).resolves.toEqual(added)
    await expect(store.findConnectionByName('omnicommerce (practice)')).resolves.toMatchObject({ id: 'practice-omnicommerce', practice: true })
    await expect(store.findConnectionByName('Production')).resolves.toBeNull()
  })

  it('may keep their own name on edit but not take another’s', async () => {
    const { store } = await makeStore()
    const a = await store.add(omni('A'))
    await store.add(omni('B'))
    await expect(store.update({ ...omni('a'), id: a.id, apiKey: '' })).resolves.toMatchObject({ name: 'a' })
    await expect(store.update({ ...omni('b'), id: a.id, apiKey: '' })).rejects.toMatchObject({ code: 'connections.name-taken' })
  })

  it('are refused plainly when empty, too long or holding a line break', async () => {
    const { store } = await makeStore()
    await expect(store.add(omni('   '))).rejects.toMatchObject({ code: 'connections.name-missing', params: { field: 'name' } })
    await expect(store.add(omni('x'.repeat(81)))).rejects.toMatchObject({ code: 'connections.name-too-long', params: { max: 80 } })
    await expect(store.add(omni('two\nlines'))).rejects.toMatchObject({ code: 'connections.name-invalid' })
    await expect(store.add(omni('가'.repeat(80)))).resolves.toMatchObject({ name: '가'.repeat(80) })
  })
})

describe('service addresses', () => {
  it('accept https anywhere and plain http only on this computer', () => {
    expect(checkBaseUrl(' https://api.example.com/v1/ ')).toBe('https://api.example.com/v1')
    expect(checkBaseUrl('http://127.0.0.1:8080/omnicommerce/2022-08')).toBe('http://127.0.0.1:8080/omnicommerce/2022-08')
    expect(checkBaseUrl('http://localhost:3000')).toBe('http://localhost:3000')
    expect(checkBaseUrl('http://[::1]:3000/x')).toBe('http://[::1]:3000/x')
  })

  it.each([
    ['', 'connections.url-missing'],
    ['api.example.com', 'connections.url-invalid'],
    ['ftp://files.example.com', 'connections.url-scheme'],
    ['javascript:alert(1)', 'connections.url-scheme'],
    ['http://api.example.com', 'connections.url-not-secure'],
    ['http://192.168.0.10', 'connections.url-not-secure'],
    ['https://user:pw@api.example.com', 'connections.url-credentials'],
    ['https://api.example.com/v1?key=abc', 'connections.url-query'],
    ['https://api.example.com/#x', 'connections.url-query']
  ])('refuse %j with %s', (raw, code) => {
    expect(() => checkBaseUrl(raw)).toThrow(expect.objectContaining({ code, params: { field: 'baseUrl' } }))
  })

  it('default to the documented address for OMNICOMMERCE and NCLUE, but OCC needs its instance', async () => {
    const { store } = await makeStore()
    await expect(store.add(omni('O'))).resolves.toMatchObject({ baseUrl: 'https://api.kr.omnicommerce.ai/2022-08' })
    await expect(store.add({ service: 'occ', name: 'C', baseUrl: ' ', language: '', occMode: 'storefront', appKey: '' })).rejects.toMatchObject({ code: 'connections.url-missing' })
  })
})

describe('keys', () => {
  it('are required where the service needs them, naming the field to fill in', async () => {
    const { store } = await makeStore()
    await expect(store.add(omni('O', ''))).rejects.toMatchObject({ code: 'connections.key-required', params: { field: 'apiKey' } })
    await expect(store.add({ service: 'nclue', name: 'N', baseUrl: '', accessKey: 'acc-123', secretKey: '' })).rejects.toMatchObject({ params: { field: 'secretKey' } })
    await expect(store.add({ service: 'occ', name: 'C', baseUrl: 'https://s.example.com', language: '', occMode: 'admin', appKey: '' })).rejects.toMatchObject({ params: { field: 'appKey' } })
  })

  it('are refused, without being quoted, when they hold spaces inside', async () => {
    const { store } = await makeStore()
    const attempt = store.add(omni('O', 'abc def-123'))
    await expect(attempt).rejects.toMatchObject({ code: 'connections.key-invalid', params: { field: 'apiKey' } })
    await expect(attempt.catch((e: Error) => e.message)).resolves.not.toContain('abc def')
  })

  it('stay when the fields are left empty on edit, and change when typed (NCLUE one at a time)', async () => {
    const { store, secrets } = await makeStore()
    const n = await store.add({ service: 'nclue', name: 'N', baseUrl: '', accessKey: 'access-1', secretKey: 'secret-1' })
    const account = `connection:${n.id}`
    await store.update({ id: n.id, service: 'nclue', name: 'N2', baseUrl: '', accessKey: '', secretKey: '' })
    expect(JSON.parse(secrets.entries.get(account) ?? '')).toEqual({ accessKey: 'access-1', secretKey: 'secret-1' })
    await store.update({ id: n.id, service: 'nclue', name: 'N2', baseUrl: '', accessKey: '', secretKey: 'secret-2' })
    expect(JSON.parse(secrets.entries.get(account) ?? '')).toEqual({ accessKey: 'access-1', secretKey: 'secret-2' })
  })

  it('are dropped when OCC switches to the storefront, which needs none', async () => {
    const { store, secrets } = await makeStore()
    const c = await store.add({ service: 'occ', name: 'C', baseUrl: 'https://s.example.com', language: '', occMode: 'admin', appKey: 'app-key-1' })
    const updated = await store.update({ id: c.id, service: 'occ', name: 'C', baseUrl: 'https://s.example.com', language: 'en', occMode: 'storefront', appKey: '' })
    expect(updated).toMatchObject({ hasSecret: false, occMode: 'storefront', language: 'en' })
    expect(secrets.entries.size).toBe(0)
    await expect(store.resolveConnection(c.id)).resolves.toMatchObject({ connection: { credentials: null, occMode: 'storefront', language: 'en' } })
    await expect(store.update({ id: c.id, service: 'occ', name: 'C', baseUrl: 'https://s.example.com', language: '', occMode: 'admin', appKey: '' })).rejects.toMatchObject({ params: { field: 'appKey' } })
  })

  it('missing from the keychain make resolving refuse with what to do', async () => {
    const { store, secrets } = await makeStore()
    const o = await store.add(omni('Shop'))
    secrets.entries.clear()
    await expect(store.resolveConnection(o.id)).rejects.toMatchObject({ code: 'connections.key-missing', params: { name: 'Shop' } })
  })

  it('can’t move a connection to another service', async () => {
    const { store } = await makeStore()
    const o = await store.add(omni('Shop'))
    await expect(store.update({ id: o.id, service: 'nclue', name: 'Shop', baseUrl: '', accessKey: 'a-123', secretKey: 's-123' })).rejects.toMatchObject({ code: 'invalid-request' })
  })
})

describe('practice connections', () => {
  it('are always listed first, read-only, and resolve to the emulator with its fake keys', async () => {
    const { store } = await makeStore()
    const list = await store.list()
    expect(list.map((c) => [c.id, c.practice, c.hasSecret])).toEqual([
      ['practice-omnicommerce', true, false],
      ['practice-occ', true, false],
      ['practice-nclue', true, false]
    ])
    await expect(store.update({ ...omni('Mine'), id: 'practice-omnicommerce' })).rejects.toMatchObject({ code: 'connections.practice-read-only' })
    await expect(store.remove('practice-nclue')).rejects.toMatchObject({ code: 'connections.practice-read-only' })
    await expect(store.resolveConnection('practice-nclue')).resolves.toEqual({
      summary: list[2],
      connection: { baseUrl: FAKE_PRACTICE.baseUrls.nclue, credentials: { accessKey: 'practice-nclue-access-key', secretKey: 'practice-nclue-secret-key' } }
    })
    await expect(store.resolveConnection('practice-occ')).resolves.toMatchObject({ connection: { occMode: 'admin', credentials: { appKey: 'practice-occ-app-key' } } })
  })

  it('are only the three built-in ids: one that merely looks like them is unknown', async () => {
    const { store } = await makeStore()
    await expect(store.update({ ...omni('x'), id: 'practice-other' })).rejects.toMatchObject({ code: 'connections.not-found' })
  })
})
