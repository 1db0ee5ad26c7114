import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, request, type RequestOptions } from 'node:http'
import Module, { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EventEmitter } from 'node:events'
import type * as ElectronUpdater from 'electron-updater'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadUpdater } from '../../../src/main/updates/load-updater'
import { startUpdates, type DesktopUpdates, type UpdateOptions } from '../../../src/main/updates/start-updates'
import type { UpdateStatus } from '../../../src/shared/updates'
import { appUpdateFiles, startUpdateFeed, type UpdateFeed } from '../support/update-feed'

/*
 * The desktop updater driven through electron-updater's REAL code — its
 * GenericProvider reading app-update.yml, fetching latest-linux.yml, comparing
 * versions, downloading and checking the sha512 — against a feed served on
 * 127.0.0.1. Only `electron` is a stand-in: electron-updater is CommonJS and
 * requires it with Node's own require (which vi.mock does not reach), so the
 * stand-in goes into Node's module cache; its net.request is Node's
 * http.request and refuses any host but 127.0.0.1. The one thing faked is the
 * final install (quitAndInstall would run dpkg).
 */

const nodeRequire = createRequire(import.meta.url)
const work = mkdtempSync(join(tmpdir(), 'sheetport-updates-'))

const electronApp = Object.assign(new EventEmitter(), {
  isPackaged: true,
  getVersion: () => '0.1.0',
  getName: () => 'Sheetport',
  getAppPath: () => work,
  getPath: (name: string) => join(work, name),
  whenReady: () => Promise.resolve(),
  quit: vi.fn(),
  relaunch: vi.fn()
})
const requestedHosts: string[] = []
const electronStandIn = {
  app: electronApp,
  autoUpdater: new EventEmitter(),
  session: { fromPartition: () => ({}) },
  net: {
    request(options: RequestOptions & { session?: unknown; redirect?: string }) {
      requestedHosts.push(String(options.hostname))
      if (options.hostname !== '127.0.0.1') throw new Error(`this test makes no call to ${String(options.hostname)}`)
      const { session: _session, redirect: _redirect, ...plain } = options
      return request(plain)
    }
  }
}

function installElectronStandIn(): void {
  const path = nodeRequire.resolve('electron')
  const standIn = new Module(path)
  standIn.filename = path
  standIn.loaded = true
  standIn.exports = electronStandIn
  nodeRequire.cache[path] = standIn
}

let feed: UpdateFeed

beforeAll(async () => {
  installElectronStandIn()
  process.env['XDG_CACHE_HOME'] = join(work, 'cache')
  feed = await startUpdateFeed()
})

afterAll(() => feed.close())

const started: DesktopUpdates[] = []
afterEach(() => {
  for (const updates of started.splice(0)) updates.stop()
})

/** What electron-builder writes into an installed app's resources folder, pointing at this feed. */
function installedResources(feedUrl: string): string {
  const resources = mkdtempSync(join(work, 'resources-'))
  for (const [name, text] of Object.entries(appUpdateFiles(feedUrl))) writeFileSync(join(resources, name), text)
  Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true, writable: true })
  mkdirSync(join(work, 'userData'), { recursive: true })
  return resources
}

function debUpdater(): ElectronUpdater.AppUpdater {
  const { DebUpdater } = nodeRequire('electron-updater') as typeof ElectronUpdater
  return new DebUpdater()
}

/** Starts checking against a feed and records every status until one of `until` arrives. */
function run(feedUrl: string, overrides: Partial<UpdateOptions> = {}) {
  installedResources(feedUrl)
  const seen: UpdateStatus[] = []
  const lines: string[] = []
  let made: ElectronUpdater.AppUpdater | null = null
  const updates = startUpdates({
    updater: () => (made = debUpdater()),
    isPackaged: true,
    runningJobs: () => 0,
    log: (line) => lines.push(line),
    ...overrides
  })
  started.push(updates)
  updates.onChange((status) => seen.push(status))
  const settled = (states: readonly UpdateStatus['state'][]) =>
    new Promise<UpdateStatus>((resolve) => {
      const stop = updates.onChange((status) => {
        if (states.includes(status.state)) {
          stop()
          resolve(status)
        }
      })
    })
  return { updates, seen, lines, settled, updater: () => made }
}

function states(seen: readonly UpdateStatus[]): string[] {
  return seen.map((s) => s.state).filter((state, i, all) => state !== all[i - 1])
}

describe('desktop updates, with electron-updater’s own code against a local feed', () => {
  it('finds a newer version, downloads it and says it is ready', async () => {
    feed.versions.set('newer', '0.2.0')
    const { updates, seen, lines, settled } = run(`${feed.base}/newer`)
    const done = settled(['ready', 'error', 'unavailable'])
    updates.beginChecking()
    expect(await done).toEqual({ state: 'ready', version: '0.2.0' })
    expect(states(seen)).toEqual(['checking', 'downloading', 'ready'])
    expect(seen.find((s) => s.state === 'downloading')).toMatchObject({ version: '0.2.0' })
    expect(updates.status()).toEqual({ state: 'ready', version: '0.2.0' })
    expect(feed.requests).toContain('/newer/Sheetport-0.2.0-amd64.deb')
    expect(lines).toEqual([])
    expect(new Set(requestedHosts)).toEqual(new Set(['127.0.0.1']))
  })

  it('never installs while an upload runs; installs on “Restart now” when none does', async () => {
    feed.versions.set('restart', '0.3.0')
    let uploads = 1
    const { updates, settled, updater } = run(`${feed.base}/restart`, { runningJobs: () => uploads })
    const done = settled(['ready', 'error', 'unavailable'])
    updates.beginChecking()
    expect(await done).toEqual({ state: 'ready', version: '0.3.0' })
    const install = vi.spyOn(updater() as ElectronUpdater.AppUpdater, 'quitAndInstall').mockImplementation(() => {})
    expect(updates.restartToUpdate()).toBe('uploading')
    expect(install).not.toHaveBeenCalled()
    uploads = 0
    expect(updates.restartToUpdate()).toBe('restarting')
    expect(install).toHaveBeenCalledWith(true, true)
  })

  it.each([
    ['the same', '0.1.0'],
    ['an older', '0.0.9']
  ])('says no update is available when the feed has %s version', async (_label, version) => {
    feed.versions.set(`v${version}`, version)
    const { updates, seen, settled } = run(`${feed.base}/v${version}`)
    const done = settled(['ready', 'error', 'unavailable'])
    updates.beginChecking()
    expect(await done).toEqual({ state: 'unavailable' })
    expect(states(seen)).toEqual(['checking', 'unavailable'])
    expect(updates.restartToUpdate()).toBe('not-ready')
  })

  it('is quiet when the feed is missing: a short code, one log line without the address, nothing thrown', async () => {
    const { updates, lines, settled } = run(`${feed.base}/missing`)
    const done = settled(['ready', 'error', 'unavailable'])
    updates.beginChecking()
    expect(await done).toEqual({ state: 'error', code: 'no-feed' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^\[sheetport\] update check failed: no-feed/)
    expect(lines[0]).not.toMatch(/127\.0\.0\.1|http|missing|yml/)
  })

  it('is quiet when the feed cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const { updates, lines, settled } = run(`http://127.0.0.1:${port}/linux/x64`)
    const done = settled(['ready', 'error', 'unavailable'])
    updates.beginChecking()
    expect(await done).toEqual({ state: 'error', code: 'offline' })
    expect(lines).toEqual(['[sheetport] update check failed: offline (ECONNREFUSED)'])
  })

  it('checks again on its interval until stopped', async () => {
    feed.versions.set('periodic', '0.1.0')
    const { updates, settled } = run(`${feed.base}/periodic`, { intervalMs: 100 })
    const asked = () => feed.requests.filter((path) => path.startsWith('/periodic/')).length
    updates.beginChecking()
    updates.beginChecking() // a second window does not start a second timer
    await settled(['unavailable'])
    await vi.waitFor(() => expect(asked()).toBeGreaterThanOrEqual(3), { timeout: 5000, interval: 50 })
    updates.stop()
    await new Promise((resolve) => setTimeout(resolve, 150))
    const after = asked()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(asked()).toBe(after)
  })

  it('never creates an updater (nor loads electron-updater’s) when not installed', () => {
    const updater = vi.fn(debUpdater)
    const updates = startUpdates({ updater, isPackaged: false, runningJobs: () => 0, log: () => {} })
    updates.beginChecking()
    expect(updater).not.toHaveBeenCalled()
    expect(updates.status()).toEqual({ state: 'idle' })
    expect(updates.restartToUpdate()).toBe('not-ready')
  })

  it.runIf(process.platform === 'linux')('loads the deb updater in an installed deb (resources/package-type)', () => {
    installedResources(`${feed.base}/newer`)
    const { DebUpdater } = nodeRequire('electron-updater') as typeof ElectronUpdater
    expect(loadUpdater()).toBeInstanceOf(DebUpdater)
  })
})
