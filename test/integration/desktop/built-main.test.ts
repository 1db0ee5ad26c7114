import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { replayJournal } from '../../../src/core/journal'
import { textBytes } from '../../unit/sheets/fixtures'
import { PRODUCT_HEADERS, productRows } from '../cli/fixtures'
import { appUpdateFiles, startUpdateFeed } from '../../unit/support/update-feed'
import { launchBuiltMain, type BuiltMain, type MenuItem } from './built-main'

// The BUILT desktop main process (out/main/index.js, as `npm run build` wrote it) under a stub
// `electron` that records what it is asked and lets these tests drive it: the closest this
// machine gets to the installed app, since the Electron binary cannot be downloaded here.

const ROOT = resolve(__dirname, '../../..')
const running: BuiltMain[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((m) => m.stop()))
})

function fresh(): string {
  return mkdtempSync(join(tmpdir(), 'sheetport-desktop-'))
}

function launch(options: Parameters<typeof launchBuiltMain>[0]): BuiltMain {
  const main = launchBuiltMain(options)
  running.push(main)
  return main
}

/** A copy of the built app under an install folder with this name (node_modules linked, as in app.asar). */
function installAt(folder: string): string {
  const appDir = join(fresh(), folder, 'resources', 'app')
  mkdirSync(appDir, { recursive: true })
  cpSync(join(ROOT, 'out'), join(appDir, 'out'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(appDir, 'package.json'))
  symlinkSync(join(ROOT, 'node_modules'), join(appDir, 'node_modules'), 'dir')
  return join(appDir, 'out/main/index.js')
}

function labels(items: readonly MenuItem[] | null | undefined): string[] {
  return (items ?? []).flatMap((item) => [item.role ?? item.label ?? '', ...labels(item.submenu)])
}

describe('the built desktop app, started under a recording stub of electron', () => {
  it.each(['김민수 [store]', 'Kim~Minsu 100%', 'Program Files (x86)', 'C~1'])(
    'serves its page from its own scheme, so IPC works when installed under “%s”',
    async (folder) => {
      const main = launch({ mainPath: installAt(folder), userData: join(fresh(), 'Sheetport') })
      const record = await main.ready()
      expect(record.schemes).toEqual([{ scheme: 'sheetport', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
      const page = record.windows[0]?.loads[0]
      expect(page).toEqual({ kind: 'url', value: 'sheetport://app/index.html' })
      expect(await main.invoke('app:info', page?.value ?? '')).toMatchObject({ ok: true, data: { shell: 'desktop' } })
      // Another page (a file, a foreign site, a child frame) is still refused.
      for (const url of ['file:///tmp/evil.html', 'https://evil.example/']) expect(await main.invoke('app:info', url)).toMatchObject({ ok: false, code: 'forbidden-sender' })
      expect(await main.invoke('app:info', 'sheetport://app/index.html', undefined, true)).toMatchObject({ ok: false, code: 'forbidden-sender' })

      const html = await main.send<{ status: number; type: string; text: string }>('protocol', { scheme: 'sheetport', url: 'sheetport://app/index.html' })
      expect(html.status).toBe(200)
      expect(html.type).toMatch(/text\/html/)
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html.text)?.[1]
      expect(script).toBeDefined()
      expect(await main.send('protocol', { scheme: 'sheetport', url: `sheetport://app/${script}` })).toMatchObject({ status: 200, type: expect.stringMatching(/javascript/) })
      for (const escape of ['sheetport://app/../main/index.js', 'sheetport://app/%2e%2e/main/index.js', 'sheetport://app/..%2fmain%2findex.js', 'sheetport://other/index.html']) {
        expect((await main.send<{ status: number }>('protocol', { scheme: 'sheetport', url: escape })).status, escape).toBe(404)
      }
    }
  )

  it('a failure inside start-up shows a message in the person’s language and ends the process, leaving no window', async () => {
    const main = launch({ userData: join(fresh(), 'Sheetport'), locale: 'ko-KR', throwIn: 'ipcMain.handle' })
    await main.send('ready')
    const { code, record } = await main.exited
    expect(code).toBe(1)
    expect(record?.errorBoxes).toHaveLength(1)
    expect(record?.errorBoxes[0]?.title).toBe('Sheetport를 시작하지 못했습니다')
    expect(record?.errorBoxes[0]?.content).toMatch(/다시 열어/)
    expect(record?.windows).toHaveLength(0)
  })

  it('an installed build has a localized menu without reload or developer tools; npm start has them', async () => {
    const installed = await launch({ userData: join(fresh(), 'Sheetport'), locale: 'ko-KR' }).ready()
    const menu = installed.menus.at(-1) ?? []
    expect(menu.map((m) => m.label)).toEqual(['파일', '편집'])
    expect(labels(menu)).not.toContain('toggleDevTools')
    expect(labels(menu)).not.toContain('reload')
    expect(labels(menu)).toEqual(expect.arrayContaining(['quit', 'copy', 'paste']))

    const mac = await launch({ userData: join(fresh(), 'Sheetport'), platform: 'darwin' }).ready()
    expect(mac.menus.at(-1)?.map((m) => m.label)).toEqual(['Sheetport', 'Edit', 'Window'])

    const dev = await launch({ userData: join(fresh(), 'Sheetport'), packaged: false }).ready()
    expect(labels(dev.menus.at(-1))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('npm start keeps its own data folder, away from the installed app’s', async () => {
    const appData = fresh()
    const dev = await launch({ userData: join(appData, 'Sheetport'), appData, packaged: false }).ready()
    expect(dev.setPaths['userData']).toBe(join(appData, 'Sheetport Dev'))
    const installed = await launch({ userData: join(appData, 'Sheetport'), appData }).ready()
    expect(installed.setPaths['userData']).toBeUndefined()
  })

  it('writes a support log in its data folder and opens that folder from Settings', async () => {
    const userData = join(fresh(), 'Sheetport')
    const main = launch({ userData })
    const record = await main.ready()
    const page = record.windows[0]?.loads[0]?.value ?? ''
    const where = await main.invoke('logs:where', page)
    expect(where).toEqual({ ok: true, data: { folder: join(userData, 'logs'), file: join(userData, 'logs', 'sheetport.log'), canOpenFolder: true } })
    expect(await main.invoke('logs:open-folder', page)).toEqual({ ok: true, data: null })
    expect((await main.state()).openedPaths).toEqual([join(userData, 'logs')])
    expect(await readFile(join(userData, 'logs', 'sheetport.log'), 'utf8')).toMatch(/^\S+Z desktop\[\d+\] app\.start version=0\.1\.0 platform=linux arch=\w+\n/)
  })

  it('runs as the command line with --cli: no window or lock, the app’s parser process and network, the CLI’s output and exit code', async () => {
    const dir = fresh()
    const file = join(dir, '상품 목록.csv')
    writeFileSync(file, [PRODUCT_HEADERS.join(','), ...productRows(3).map((row) => row.join(','))].join('\n'))
    const args = ['--cli', 'import', file, '--target', 'products:create', '--sandbox', '--json', '--wait', '20', '--state-dir', join(dir, 'jobs')]
    const main = launch({ userData: join(dir, 'Sheetport'), args, env: { SHEETPORT_DATA_DIR: join(dir, 'data') } })
    await main.send('ready')
    const { code, record } = await main.exited
    const { stdout, stderr } = main.output()
    expect(code, stderr).toBe(0)
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ total: 3, accepted: 3, failed: 0 })
    expect(stderr).toMatch(/3 rows/)
    expect(record?.windows).toHaveLength(0)
    expect(record?.singleInstanceLock).toBe(0)
    expect(record?.schemes).toEqual([])
    expect(record?.utilityForks).toHaveLength(1)
    expect(record?.fetches.some((f) => f.url.startsWith('http://127.0.0.1:') && f.method === 'POST')).toBe(true)
    expect(await readFile(join(dir, 'data', 'logs', 'sheetport.log'), 'utf8')).toMatch(/ cli\[\d+\] job\.end job=\S+ status=finished accepted=3/)

    const refused = launch({ userData: join(dir, 'Sheetport'), args: ['--cli', 'import', join(dir, 'missing.xlsx'), '--target', 'products:create'], env: { SHEETPORT_DATA_DIR: join(dir, 'data') } })
    await refused.send('ready')
    expect((await refused.exited).code).toBe(2)
    expect(refused.output().stderr.trim().split('\n')).toEqual([expect.stringMatching(/^There is no file at .*missing\.xlsx/)])
  })

  it('on Windows it sets the app id the installer’s shortcut carries, so notifications show', async () => {
    const record = await launch({ userData: join(fresh(), 'Sheetport'), platform: 'win32', env: { LOCALAPPDATA: join(fresh(), 'Local') } }).ready()
    const builderConfig = await readFile(join(ROOT, 'electron-builder.yml'), 'utf8')
    expect(builderConfig).toContain(`appId: ${record.appUserModelId}`)
  })

  it('reads spreadsheets in a utility process of its own, with its own heap ceiling', async () => {
    const main = launch({ userData: join(fresh(), 'Sheetport') })
    const record = await main.ready()
    const page = record.windows[0]?.loads[0]?.value ?? ''
    const opened = await main.invoke('import:open', page, { fileName: '상품.csv', bytes: textBytes('상품코드,상품명\nP-001,반팔 티셔츠\n') })
    expect(opened).toMatchObject({ ok: true })
    const after = await main.state()
    expect(after.utilityForks).toHaveLength(1)
    expect(after.utilityForks[0]?.modulePath).toMatch(/out[\\/]main[\\/]sheet-worker\.js$/)
    expect(after.utilityForks[0]?.execArgv.some((a) => a.startsWith('--max-old-space-size='))).toBe(true)
  })

  it('makes service calls through Chromium’s network stack (net.fetch: system proxy, OS certificates)', async () => {
    const main = launch({ userData: join(fresh(), 'Sheetport') })
    const page = (await main.ready()).windows[0]?.loads[0]?.value ?? ''
    expect(await main.invoke('connections:test', page, { id: 'practice-omnicommerce' })).toMatchObject({ ok: true })
    const { fetches } = await main.state()
    expect(fetches.length).toBeGreaterThan(0)
    expect(fetches[0]).toMatchObject({ credentials: 'omit', bypass: true, redirect: 'manual' })
  })

  it('reopens the page when it dies, tells the person, and gives up after repeated crashes', async () => {
    const main = launch({ userData: join(fresh(), 'Sheetport') })
    await main.ready()
    await main.send('emitContents', { event: 'render-process-gone', args: [{ reason: 'clean-exit', exitCode: 0 }] })
    await main.send('emitContents', { event: 'render-process-gone', args: [{ reason: 'oom', exitCode: 1 }] })
    const record = await main.waitFor((r) => r.errorBoxes.length === 1)
    expect(record.windows[0]?.loads).toHaveLength(2)
    expect(record.errorBoxes[0]?.title).toMatch(/stopped unexpectedly/)
    for (let i = 0; i < 3; i++) await main.send('emitContents', { event: 'render-process-gone', args: [{ reason: 'crashed', exitCode: 1 }] }).catch(() => null)
    expect((await main.exited).code).toBe(0)
  })

  it('quitting while an upload runs asks first, then stops it — recorded as stopped, lock released — before the process exits', async () => {
    const userData = join(fresh(), 'Sheetport')
    const main = launch({ userData, platform: 'darwin' })
    const page = (await main.ready()).windows[0]?.loads[0]?.value ?? ''
    const sample = await main.invoke('samples:open', page, { target: 'intents:create' })
    expect(sample).toMatchObject({ ok: true })
    const sessionId = (sample.data as { sessionId: string }).sessionId
    const started = await main.invoke('jobs:start', page, { sessionId, connectionId: 'practice-nclue' })
    expect(started).toMatchObject({ ok: true, data: { status: 'running' } })
    const jobId = (started.data as { jobId: string }).jobId

    // Cmd+Q, answered "Keep uploading": nothing stops.
    await main.send('answerDialogs', { responses: [0] })
    await main.send('quit')
    await main.waitFor((r) => r.messageBoxes.length === 1)
    expect((await main.state()).exitCode).toBeNull()

    // Cmd+Q again, answered "Stop and quit".
    await main.send('answerDialogs', { responses: [1] })
    await main.send('quit')
    const { code, record } = await main.exited
    expect(code).toBe(0)
    expect(record?.messageBoxes.at(-1)?.buttons).toEqual(['Keep uploading', 'Stop and quit'])
    const jobs = join(userData, 'jobs')
    expect(readdirSync(jobs).filter((f) => f.endsWith('.lock'))).toEqual([])
    const journal = readdirSync(jobs).find((f) => f.startsWith(jobId) && f.endsWith('.jsonl'))
    expect(journal).toBeDefined()
    expect((await replayJournal(join(jobs, journal ?? ''))).end?.status).toBe('cancelled')
    expect(existsSync(join(jobs, `${jobId}.lock`))).toBe(false)
  })

  it('loads electron-updater only when installed; a run from source stays idle and asks no feed', async () => {
    const dev = launch({ userData: join(fresh(), 'Sheetport'), packaged: false })
    const devPage = (await dev.ready()).windows[0]?.loads[0]?.value ?? ''
    expect(await dev.invoke('updates:status', devPage)).toEqual({ ok: true, data: { state: 'idle' } })
    expect(await dev.send('loaded', { pattern: 'electron-updater' })).toEqual([])

    // Installed, but without an app-update.yml the stub's Node has no resources folder: it loads, fails quietly, and runs on.
    const installed = launch({ userData: join(fresh(), 'Sheetport') })
    const page = (await installed.ready()).windows[0]?.loads[0]?.value ?? ''
    await installed.waitFor((r) => r.windows[0]?.shown === true)
    expect(await installed.send<string[]>('loaded', { pattern: 'electron-updater' })).not.toEqual([])
    expect(await installed.invoke('app:info', page)).toMatchObject({ ok: true })
    expect((await installed.state()).updaterRequests).toEqual([])
    expect(await installed.invoke('updates:restart', page)).toMatchObject({ ok: false, code: 'updates.not-ready' })
  })

  it.runIf(process.platform === 'linux')(
    'installed with a feed: checks once the window shows, downloads, tells the window, and will not restart during an upload',
    async () => {
      const feed = await startUpdateFeed()
      try {
        feed.versions.set('linux', '0.2.0')
        const resources = fresh()
        for (const [name, text] of Object.entries(appUpdateFiles(`${feed.base}/linux`))) writeFileSync(join(resources, name), text)
        // PATH without dpkg: should "Restart now" ever get through here, the deb updater finds nothing to install with.
        const main = launch({ userData: join(fresh(), 'Sheetport'), env: { STUB_RESOURCES: resources, XDG_CACHE_HOME: fresh(), PATH: fresh() } })
        const page = (await main.ready()).windows[0]?.loads[0]?.value ?? ''
        // checking, downloading (one event per progress step), ready: the window hears each change.
        const record = await main.waitFor((r) => (r.windows[0]?.sentEvents.filter((e) => e === 'updates:changed').length ?? 0) >= 3)
        let status = await main.invoke('updates:status', page)
        for (let i = 0; i < 100 && (status.data as { state?: string } | undefined)?.state !== 'ready'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50))
          status = await main.invoke('updates:status', page)
        }
        expect(status).toEqual({ ok: true, data: { state: 'ready', version: '0.2.0' } })
        expect(feed.requests).toContain('/linux/Sheetport-0.2.0-amd64.deb')
        expect(new Set(record.updaterRequests.map((r) => r.host))).toEqual(new Set(['127.0.0.1']))

        const sample = await main.invoke('samples:open', page, { target: 'intents:create' })
        const sessionId = (sample.data as { sessionId: string }).sessionId
        expect(await main.invoke('jobs:start', page, { sessionId, connectionId: 'practice-nclue' })).toMatchObject({ ok: true, data: { status: 'running' } })
        expect(await main.invoke('updates:restart', page)).toMatchObject({ ok: false, code: 'updates.uploading' })
        expect((await main.state()).quitCalls).toBe(0)
      } finally {
        await feed.close()
      }
    }
  )
})
