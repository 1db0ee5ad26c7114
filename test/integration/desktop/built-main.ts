import { fork, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'

/** What the stub electron recorded (see stub-electron/electron.cjs). */
export interface Recording {
  readonly schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>
  readonly protocols: string[]
  readonly handlers: string[]
  readonly windows: Array<{ options: Record<string, unknown>; loads: Array<{ kind: 'url' | 'file'; value: string }>; shown: boolean; closed: boolean; reloads: number; sentEvents: string[] }>
  readonly menus: Array<MenuItem[] | null>
  readonly errorBoxes: Array<{ title: string; content: string }>
  readonly messageBoxes: Array<{ message: string; buttons: string[]; type: string }>
  readonly notifications: Array<{ title: string; body: string }>
  readonly appUserModelId: string | null
  readonly setPaths: Record<string, string>
  readonly quitCalls: number
  readonly exitCode: number | null
  readonly fetches: Array<{ url: string; method: string; redirect?: string; credentials?: string; bypass: boolean }>
  readonly openedPaths: string[]
  readonly utilityForks: Array<{ modulePath: string; execArgv: string[]; serviceName?: string }>
  /** Requests electron-updater made through net.request (host and path). */
  readonly updaterRequests: Array<{ host: string; path: string }>
  readonly singleInstanceLock: number
}

/** One menu entry as recorded (functions reduced to whether there is a click handler). */
export interface MenuItem {
  readonly label?: string
  readonly role?: string
  readonly type?: string
  readonly accelerator?: string
  readonly click: boolean
  readonly submenu?: MenuItem[]
}

/** How to start the built main bundle. */
export interface LaunchOptions {
  /** The built main entry; default out/main/index.js of this checkout. */
  readonly mainPath?: string
  readonly userData: string
  readonly appData?: string
  readonly locale?: string
  readonly packaged?: boolean
  readonly platform?: NodeJS.Platform
  /** Make this stubbed Electron call throw, e.g. 'ipcMain.handle' (a failure inside start()). */
  readonly throwIn?: string
  readonly env?: Record<string, string>
  /** Command-line arguments after the app's path, e.g. ['--cli', 'import', …]. */
  readonly args?: readonly string[]
}

/** The built main process running under the stub, and the commands that drive it. */
export interface BuiltMain {
  readonly child: ChildProcess
  /** Resolves with the exit code and the final recording when the process ends. */
  readonly exited: Promise<{ code: number | null; record: Recording | null }>
  /** Everything the process wrote to stdout and stderr so far. */
  output(): { stdout: string; stderr: string }
  send<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>
  state(): Promise<Recording>
  /** Fires app 'ready' and waits until the window has loaded (or start-up failed and exited). */
  ready(): Promise<Recording>
  /** Polls the recording until the predicate holds. */
  waitFor(predicate: (r: Recording) => boolean, timeoutMs?: number): Promise<Recording>
  /** Calls an IPC handler as a frame with this URL would. */
  invoke(channel: string, frameUrl: string, arg?: unknown, child?: boolean): Promise<{ ok: boolean; code?: string; data?: unknown; message?: string }>
  stop(): Promise<void>
}

const STUB = resolve(__dirname, 'stub-electron/register.cjs')
const DEFAULT_MAIN = resolve(__dirname, '../../../out/main/index.js')

/**
 * Starts out/main/index.js (as `npm run build` wrote it, or a copy of it
 * under another install path) in a Node child process whose `electron` is
 * the recording stub — the closest this machine can get to running the
 * desktop app, since the Electron binary cannot be downloaded here.
 */
export function launchBuiltMain(options: LaunchOptions): BuiltMain {
  const stderr: string[] = []
  const child = fork(options.mainPath ?? DEFAULT_MAIN, [...(options.args ?? [])], {
    execArgv: ['--require', STUB],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      STUB_USER_DATA: options.userData,
      STUB_APP_DATA: options.appData ?? join(options.userData, '..'),
      STUB_LOCALE: options.locale ?? 'en-US',
      STUB_PACKAGED: options.packaged === false ? '0' : '1',
      ...(options.platform ? { STUB_PLATFORM: options.platform } : {}),
      ...(options.throwIn ? { STUB_THROW: options.throwIn } : {}),
      ...options.env
    }
  })
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  const stdout: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk.toString()))
  let nextId = 1
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let finalRecord: Recording | null = null
  child.on('message', (message: { id?: number; ok?: boolean; value?: unknown; error?: string; event?: string; record?: Recording }) => {
    if (message.event === 'exit') finalRecord = message.record ?? null
    if (message.id === undefined) return
    const pending = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.ok) pending?.resolve(message.value)
    else pending?.reject(new Error(message.error))
  })
  const exited = new Promise<{ code: number | null; record: Recording | null }>((resolveExit) => {
    child.on('exit', (code) => {
      for (const pending of waiting.values()) pending.reject(new Error(`the main process exited (${code}): ${stderr.join('').slice(-2000)}`))
      waiting.clear()
      resolveExit({ code, record: finalRecord })
    })
  })
  const send = <T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((resolveSend, reject) => {
      if (child.exitCode !== null || !child.connected) return reject(new Error(`the main process has exited: ${stderr.join('').slice(-2000)}`))
      const id = nextId++
      waiting.set(id, { resolve: resolveSend as (v: unknown) => void, reject })
      child.send({ id, cmd, ...args })
    })
  const state = (): Promise<Recording> => send<Recording>('state')
  const waitFor = async (predicate: (r: Recording) => boolean, timeoutMs = 15_000): Promise<Recording> => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const current = await state()
      if (predicate(current)) return current
      if (Date.now() > deadline) throw new Error(`timed out waiting; last recording: ${JSON.stringify(current).slice(0, 1500)}\n${stderr.join('').slice(-1500)}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  return {
    child,
    exited,
    output: () => ({ stdout: stdout.join(''), stderr: stderr.join('') }),
    send,
    state,
    waitFor,
    ready: async () => {
      await send('ready')
      const done = waitFor((r) => r.windows.some((w) => w.loads.length > 0) || r.errorBoxes.length > 0 || r.exitCode !== null)
      const ended = exited.then(({ record }) => {
        if (record === null) throw new Error(`the main process exited without a recording: ${stderr.join('').slice(-2000)}`)
        return record
      })
      return Promise.race([done, ended])
    },
    invoke: (channel, frameUrl, arg, childFrame) => send('invoke', { channel, frameUrl, arg, child: childFrame === true }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL')
      await exited
    }
  }
}
