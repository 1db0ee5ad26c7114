import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConnectionStore } from '../../../src/core/connections/connection-store'
import { AppError } from '../../../src/shared/errors'
import { FAKE_PRACTICE, LockedSecretStore, makeStore } from './support'

const OMNI_KEY = 'omni-live-Q7f3kZ9x-never-in-json'
const APP_KEY = 'eyJhbGciOiJSUzI1NiJ9.occ-app-key-Zp4Lw'
const ACCESS_KEY = 'ncp-access-K2m8Rv'
const SECRET_KEY = 'ncp-secret-W9q1Tt-very-secret'
const ALL_KEYS = [OMNI_KEY, APP_KEY, ACCESS_KEY, SECRET_KEY]

describe('ConnectionStore keeps keys out of the settings file and every summary', () => {
  it('stores each connection’s keys as one keychain entry, and nowhere else', async () => {
    const { store, file, secrets } = await makeStore()
    const answers: unknown[] = []
    const omni = await store.add({ service: 'omnicommerce', name: 'Main shop', baseUrl: '', apiKey: OMNI_KEY })
    const occ = await store.add({ service: 'occ', name: 'Store', baseUrl: 'https://ccstore-test.oracleoutsourcing.com/', language: 'ko', occMode: 'admin', appKey: APP_KEY })
    const nclue = await store.add({ service: 'nclue', name: 'Intents', baseUrl: '', accessKey: ACCESS_KEY, secretKey: ` ${SECRET_KEY}\n` })
    answers.push(omni, occ, nclue, await store.list(), await store.problems(), await store.findConnectionByName('main SHOP'))
    answers.push(await store.update({ id: omni.id, service: 'omnicommerce', name: 'Main shop (renamed)', baseUrl: omni.baseUrl, apiKey: '' }))

    expect(omni).toMatchObject({ hasSecret: true, practice: false, baseUrl: 'https://api.kr.omnicommerce.ai/2022-08' })
    expect(occ).toMatchObject({ hasSecret: true, occMode: 'admin', language: 'ko', baseUrl: 'https://ccstore-test.oracleoutsourcing.com' })
    expect(nclue).toMatchObject({ hasSecret: true, baseUrl: 'https://nclue.apigw.ntruss.com/api/v1' })
    const visible = JSON.stringify(answers) + (await readFile(file, 'utf8'))
    for (const key of ALL_KEYS) expect(visible).not.toContain(key)

    // The keys are really kept (so the search above could have found them): one entry per connection.
    expect([...secrets.entries.keys()].sort()).toEqual([`connection:${omni.id}`, `connection:${occ.id}`, `connection:${nclue.id}`].sort())
    expect(JSON.parse(secrets.entries.get(`connection:${nclue.id}`) ?? '')).toEqual({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY })
    await expect(store.resolveConnection(omni.id)).resolves.toMatchObject({ connection: { credentials: { apiKey: OMNI_KEY } } })
    await expect(store.resolveConnection(occ.id)).resolves.toMatchObject({ connection: { credentials: { appKey: APP_KEY }, occMode: 'admin', language: 'ko' } })
  })

  it('refuses to save when the keychain can’t be used: a message saying what to do, and nothing written', async () => {
    const { store, file } = await makeStore({ secrets: new LockedSecretStore() })
    const attempt = store.add({ service: 'omnicommerce', name: 'Main shop', baseUrl: '', apiKey: OMNI_KEY })
    await expect(attempt).rejects.toBeInstanceOf(AppError)
    await expect(attempt).rejects.toMatchObject({ code: 'connections.keychain-unavailable', message: LockedSecretStore.MESSAGE })
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
    expect((await store.list()).filter((c) => !c.practice)).toEqual([])
    // A connection without a key (OCC storefront) never needs the keychain, so it still saves.
    await expect(store.add({ service: 'occ', name: 'Storefront', baseUrl: 'https://shop.example.com', language: '', occMode: 'storefront', appKey: '' })).resolves.toMatchObject({ hasSecret: false })
  })

  it('puts the keychain back when the settings file can’t be written, leaving no half-made connection', async () => {
    const { store, file, secrets } = await makeStore()
    const kept = await store.add({ service: 'omnicommerce', name: 'Kept', baseUrl: '', apiKey: OMNI_KEY })
    const keptEntry = secrets.entries.get(`connection:${kept.id}`)
    // The file's name becomes a folder: every later save fails after the keys were written.
    await rm(file)
    await mkdir(join(file, 'blocker'), { recursive: true })
    await expect(store.add({ service: 'nclue', name: 'New', baseUrl: '', accessKey: ACCESS_KEY, secretKey: SECRET_KEY })).rejects.toMatchObject({ code: 'connections.save-failed' })
    await expect(store.update({ id: kept.id, service: 'omnicommerce', name: 'Kept', baseUrl: '', apiKey: 'replacement-key-123' })).rejects.toMatchObject({ code: 'connections.save-failed' })
    expect([...secrets.entries.keys()]).toEqual([`connection:${kept.id}`])
    expect(secrets.entries.get(`connection:${kept.id}`)).toBe(keptEntry)
    expect((await store.list()).filter((c) => !c.practice).map((c) => c.name)).toEqual(['Kept'])
  })

  it('removes a connection’s keychain entry with it', async () => {
    const { store, secrets } = await makeStore()
    const added = await store.add({ service: 'nclue', name: 'Intents', baseUrl: '', accessKey: ACCESS_KEY, secretKey: SECRET_KEY })
    expect(secrets.entries.has(`connection:${added.id}`)).toBe(true)
    await expect(store.remove(added.id)).resolves.toEqual({ id: added.id })
    expect(secrets.entries.size).toBe(0)
    await expect(store.resolveConnection(added.id)).rejects.toMatchObject({ code: 'connections.not-found' })
  })

  it('keeps a connection when its key can’t be deleted from a locked keychain', async () => {
    const { store, file, secrets } = await makeStore()
    const added = await store.add({ service: 'omnicommerce', name: 'Main shop', baseUrl: '', apiKey: OMNI_KEY })
    const locked = new ConnectionStore({ file, secrets: new LockedSecretStore(), practice: FAKE_PRACTICE })
    await expect(locked.remove(added.id)).rejects.toMatchObject({ code: 'connections.keychain-unavailable' })
    expect((await locked.list()).map((c) => c.name)).toContain('Main shop')
    expect(secrets.entries.size).toBe(1)
  })
})
