import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConnectionStore } from '../../../src/core/connections/connection-store'
import { FAKE_PRACTICE, makeStore, VisibleSecretStore } from './support'

const own = async (store: ConnectionStore) => (await store.list()).filter((c) => !c.practice)

describe('connections.json', () => {
  it('survives a restart: settings from the file, keys from the keychain', async () => {
    const { store, file, secrets } = await makeStore()
    const added = await store.add({ service: 'occ', name: '본점 스토어', baseUrl: 'https://ccstore-a.oracleoutsourcing.com', language: 'ko_KR', occMode: 'admin', appKey: 'app-key-1234' })
    const reopened = new ConnectionStore({ file, secrets, practice: FAKE_PRACTICE })
    await expect(own(reopened)).resolves.toEqual([added])
    await expect(reopened.resolveConnection(added.id)).resolves.toMatchObject({ connection: { credentials: { appKey: 'app-key-1234' } } })
    const saved = JSON.parse(await readFile(file, 'utf8')) as { version: number; connections: Array<Record<string, unknown>> }
    expect(saved.version).toBe(1)
    expect(Object.keys(saved.connections[0] ?? {}).sort()).toEqual(['baseUrl', 'createdAt', 'hasSecret', 'id', 'language', 'lastTest', 'lastTestedAt', 'name', 'occMode', 'service'])
  })

  it('sets a damaged file aside with a plain explanation, and keeps working with a fresh list', async () => {
    const { file, secrets } = await makeStore()
    await writeFile(file, '{"version":1,"connections":[{"id":"a"')
    const store = new ConnectionStore({ file, secrets, practice: FAKE_PRACTICE, now: () => new Date('2026-03-04T05:06:07.089Z') })
    await expect(store.list()).resolves.toHaveLength(3)
    await expect(store.problems()).resolves.toEqual({ kind: 'damaged-file', backupName: 'connections.damaged-2026-03-04T05-06-07-089Z.json' })
    const folder = await readdir(dirname(file))
    expect(folder).toContain('connections.damaged-2026-03-04T05-06-07-089Z.json')
    await expect(readFile(`${dirname(file)}/connections.damaged-2026-03-04T05-06-07-089Z.json`, 'utf8')).resolves.toBe('{"version":1,"connections":[{"id":"a"')
    await store.add({ service: 'omnicommerce', name: 'Fresh', baseUrl: '', apiKey: 'key-abcdef' })
    await expect(own(new ConnectionStore({ file, secrets, practice: FAKE_PRACTICE }))).resolves.toHaveLength(1)
  })

  it('skips an entry it can’t read, says so, and writes it back untouched', async () => {
    const { store: seed, file, secrets } = await makeStore()
    const good = await seed.add({ service: 'omnicommerce', name: 'Good', baseUrl: '', apiKey: 'key-abcdef' })
    const content = JSON.parse(await readFile(file, 'utf8')) as { connections: unknown[] }
    const broken = { id: 'x', service: 'omnicommerce', name: 42, note: 'hand-edited' }
    await writeFile(file, JSON.stringify({ version: 1, connections: [...content.connections, broken] }))
    const store = new ConnectionStore({ file, secrets: new VisibleSecretStore(), practice: FAKE_PRACTICE })
    await expect(own(store)).resolves.toEqual([good])
    await expect(store.problems()).resolves.toEqual({ kind: 'unreadable-entries', count: 1 })
    await store.add({ service: 'occ', name: 'Storefront', baseUrl: 'https://shop.example.com', language: '', occMode: 'storefront', appKey: '' })
    const after = JSON.parse(await readFile(file, 'utf8')) as { connections: unknown[] }
    expect(after.connections).toContainEqual(broken)
    expect(after.connections).toHaveLength(3)
    expect(secrets.entries.size).toBe(1)
  })

  it('treats a file of the wrong shape like a damaged one', async () => {
    const { file, secrets } = await makeStore()
    await writeFile(file, JSON.stringify([{ name: 'not the format' }]))
    const store = new ConnectionStore({ file, secrets, practice: FAKE_PRACTICE })
    await expect(store.problems()).resolves.toMatchObject({ kind: 'damaged-file' })
    await expect(own(store)).resolves.toEqual([])
  })

  it('refuses changes, without touching the keychain, when the file can be neither read nor set aside', async () => {
    const { file, secrets } = await makeStore()
    const store = new ConnectionStore({ file: `${file}/inside-a-file.json`, secrets, practice: FAKE_PRACTICE })
    await writeFile(file, 'a plain file where a folder should be')
    await expect(store.problems()).resolves.toEqual({ kind: 'damaged-file', backupName: null })
    await expect(store.add({ service: 'omnicommerce', name: 'X', baseUrl: '', apiKey: 'key-abcdef' })).rejects.toMatchObject({ code: 'connections.file-locked' })
    expect(secrets.entries.size).toBe(0)
  })

  it('saves two quick changes one after the other, losing neither', async () => {
    const { store, file, secrets } = await makeStore()
    await Promise.all([
      store.add({ service: 'omnicommerce', name: 'One', baseUrl: '', apiKey: 'key-one-1' }),
      store.add({ service: 'omnicommerce', name: 'Two', baseUrl: '', apiKey: 'key-two-2' })
    ])
    const reopened = new ConnectionStore({ file, secrets, practice: FAKE_PRACTICE })
    await expect(own(reopened).then((list) => list.map((c) => c.name).sort())).resolves.toEqual(['One', 'Two'])
  })
})
