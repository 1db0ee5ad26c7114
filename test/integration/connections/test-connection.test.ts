import { mkdtemp, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConnectionStore, type ConnectionStoreOptions } from '../../../src/core/connections/connection-store'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { MemorySecretStore } from '../../../src/core/secrets/memory-secret-store'

// "Test connection" over real HTTP against the practice emulator (and two impostors).

let emu: PracticeServer
let html: Server
let htmlUrl: string
let closedPortUrl: string

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
  html = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<html><body>Welcome to the hotel Wi-Fi</body></html>')
  })
  htmlUrl = await listen(html)
  const closed = createServer()
  closedPortUrl = await listen(closed)
  await new Promise((resolve) => closed.close(resolve))
})
afterAll(async () => {
  await emu.close()
  await new Promise((resolve) => html.close(resolve))
})

async function storeFor(options: Partial<ConnectionStoreOptions> = {}): Promise<{ store: ConnectionStore; file: string }> {
  const file = join(await mkdtemp(join(tmpdir(), 'sheetport-conn-test-')), 'connections.json')
  return { store: new ConnectionStore({ file, secrets: new MemorySecretStore(), practice: emu, probe: { timeoutMs: 5000 }, ...options }), file }
}

describe('Test connection', () => {
  it('works for the three practice connections, keeping the result in memory', async () => {
    const { store } = await storeFor()
    for (const id of ['practice-omnicommerce', 'practice-occ', 'practice-nclue']) {
      await expect(store.test(id)).resolves.toMatchObject({ id, lastTest: { outcome: 'worked' }, lastTestedAt: expect.any(String) })
    }
    await expect(store.list()).resolves.toSatisfy((list: Array<{ lastTest?: unknown }>) => list.every((c) => c.lastTest !== undefined))
  })

  it('says it worked with the right OMNICOMMERCE key, and records that in connections.json', async () => {
    const { store, file } = await storeFor({ now: () => new Date('2026-05-01T09:00:00.000Z') })
    const c = await store.add({ service: 'omnicommerce', name: 'Emu', baseUrl: emu.baseUrls.omnicommerce, apiKey: emu.credentials.omnicommerceApiKey })
    emu.state.clearLog()
    await expect(store.test(c.id)).resolves.toMatchObject({ lastTestedAt: '2026-05-01T09:00:00.000Z', lastTest: { outcome: 'worked' } })
    expect(emu.state.requests('omnicommerce').map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /omnicommerce/2022-08/management/status-count 200'])
    const saved = JSON.parse(await readFile(file, 'utf8')) as { connections: Array<Record<string, unknown>> }
    expect(saved.connections[0]).toMatchObject({ lastTestedAt: '2026-05-01T09:00:00.000Z', lastTest: { outcome: 'worked' } })
  })

  it('says the key is wrong, in the service’s words and without quoting the key', async () => {
    const { store } = await storeFor()
    const wrong = 'wrong-omni-key-Xy81'
    const c = await store.add({ service: 'omnicommerce', name: 'Emu', baseUrl: emu.baseUrls.omnicommerce, apiKey: wrong })
    const tested = await store.test(c.id)
    expect(tested.lastTest).toMatchObject({ outcome: 'wrong-key', detail: expect.stringContaining('HTTP 401') })
    expect(JSON.stringify(tested)).not.toContain(wrong)
  })

  it('says the clock is off when NCLUE refuses a signature made 10 minutes slow', async () => {
    const { store } = await storeFor({ probe: { timeoutMs: 5000, now: () => Date.now() - 10 * 60_000 } })
    const keys = { accessKey: emu.credentials.nclueAccessKey, secretKey: emu.credentials.nclueSecretKey }
    const c = await store.add({ service: 'nclue', name: 'Emu', baseUrl: emu.baseUrls.nclue, ...keys })
    await expect(store.test(c.id)).resolves.toMatchObject({ lastTest: { outcome: 'clock-skew' } })
    const { store: onTime } = await storeFor()
    const d = await onTime.add({ service: 'nclue', name: 'Emu', baseUrl: emu.baseUrls.nclue, ...keys })
    await expect(onTime.test(d.id)).resolves.toMatchObject({ lastTest: { outcome: 'worked' } })
  })

  it('says the key is wrong when the NCLUE secret key does not match', async () => {
    const { store } = await storeFor()
    const c = await store.add({ service: 'nclue', name: 'Emu', baseUrl: emu.baseUrls.nclue, accessKey: emu.credentials.nclueAccessKey, secretKey: 'not-the-secret-key' })
    await expect(store.test(c.id)).resolves.toMatchObject({ lastTest: { outcome: 'wrong-key' } })
  })

  it('checks an OCC storefront with the documented refusal of an empty profile, creating nobody', async () => {
    const { store } = await storeFor()
    const c = await store.add({ service: 'occ', name: 'Store', baseUrl: emu.baseUrls.occ, language: 'ko', occMode: 'storefront', appKey: '' })
    const before = emu.state.occProfiles.size
    await expect(store.test(c.id)).resolves.toMatchObject({ lastTest: { outcome: 'worked' } })
    expect(emu.state.occProfiles.size).toBe(before)
    // The same probe at an address that is not an OCC store.
    const o = await store.add({ service: 'occ', name: 'Not a store', baseUrl: emu.baseUrls.omnicommerce, language: '', occMode: 'storefront', appKey: '' })
    await expect(store.test(o.id)).resolves.toMatchObject({ lastTest: { outcome: 'other', detail: expect.stringContaining('HTTP 401') } })
  })

  it('logs in with the OCC application key, and says when it is refused', async () => {
    const { store } = await storeFor()
    const good = await store.add({ service: 'occ', name: 'Admin', baseUrl: emu.baseUrls.occ, language: '', occMode: 'admin', appKey: emu.credentials.occAppKey })
    const bad = await store.add({ service: 'occ', name: 'Admin 2', baseUrl: emu.baseUrls.occ, language: '', occMode: 'admin', appKey: 'eyJ.not-the-app-key' })
    await expect(store.test(good.id)).resolves.toMatchObject({ lastTest: { outcome: 'worked' } })
    await expect(store.test(bad.id)).resolves.toMatchObject({ lastTest: { outcome: 'wrong-key' } })
  })

  it('says the host can’t be reached when nothing listens there', async () => {
    const { store } = await storeFor()
    const c = await store.add({ service: 'omnicommerce', name: 'Nowhere', baseUrl: `${closedPortUrl}/2022-08`, apiKey: 'key-abcdef' })
    await expect(store.test(c.id)).resolves.toMatchObject({ lastTest: { outcome: 'unreachable', detail: expect.stringContaining('refused the connection') } })
  })

  it('says the address is not the service when a web page or another API answers', async () => {
    const { store } = await storeFor()
    const portal = await store.add({ service: 'omnicommerce', name: 'Portal', baseUrl: htmlUrl, apiKey: 'key-abcdef' })
    const other = await store.add({ service: 'omnicommerce', name: 'OCC instead', baseUrl: emu.baseUrls.occ, apiKey: emu.credentials.omnicommerceApiKey })
    const nclueAtOmni = await store.add({ service: 'nclue', name: 'Wrong path', baseUrl: `${emu.baseUrls.nclue}/nothing-here`, accessKey: emu.credentials.nclueAccessKey, secretKey: emu.credentials.nclueSecretKey })
    await expect(store.test(portal.id)).resolves.toMatchObject({ lastTest: { outcome: 'not-the-service' } })
    await expect(store.test(other.id)).resolves.toMatchObject({ lastTest: { outcome: 'not-the-service' } })
    await expect(store.test(nclueAtOmni.id)).resolves.toMatchObject({ lastTest: { outcome: 'not-the-service' } })
  })

  it('passes other problems on in the service’s own words', async () => {
    const { store } = await storeFor()
    const c = await store.add({ service: 'omnicommerce', name: 'Busy', baseUrl: emu.baseUrls.omnicommerce, apiKey: emu.credentials.omnicommerceApiKey })
    emu.setFaults('omnicommerce', { serverError: { count: 1, status: 503 } })
    try {
      await expect(store.test(c.id)).resolves.toMatchObject({ lastTest: { outcome: 'other', detail: expect.stringContaining('practice: injected server error') } })
    } finally {
      emu.setFaults('omnicommerce', {})
    }
  })

  it('says no key is saved when the keychain lost it, without calling the service', async () => {
    const secrets = new MemorySecretStore()
    const { store } = await storeFor({ secrets })
    const c = await store.add({ service: 'omnicommerce', name: 'Lost', baseUrl: emu.baseUrls.omnicommerce, apiKey: 'key-abcdef' })
    await secrets.delete(`connection:${c.id}`)
    emu.state.clearLog()
    await expect(store.test(c.id)).resolves.toMatchObject({ lastTest: { outcome: 'no-key' } })
    expect(emu.state.requests()).toEqual([])
  })
})
