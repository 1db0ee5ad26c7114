'use strict'
/**
 * A stand-in for the `electron` module, for running the BUILT main bundle
 * (out/main/index.js) under plain Node: the Electron binary cannot be
 * downloaded on these machines. It records what the app asks of Electron
 * (windows, loaded URLs, IPC handlers, protocols, menus, dialogs, paths,
 * exits) and lets the test drive app, window and web-contents events over
 * the fork IPC channel (see control.cjs). Behaviour follows Electron's own
 * where the app depends on it: app.quit() emits before-quit, closes every
 * window (a prevented close cancels the quit), then will-quit and quit;
 * app.exit() ends at once without those events.
 */
const { EventEmitter } = require('node:events')
const { fork } = require('node:child_process')
const { join } = require('node:path')

const env = process.env
const record = {
  schemes: [],
  protocols: [],
  handlers: [],
  windows: [],
  menus: [],
  errorBoxes: [],
  messageBoxes: [],
  notifications: [],
  appUserModelId: null,
  setPaths: {},
  quitCalls: 0,
  exitCode: null,
  fetches: [],
  openedPaths: [],
  utilityForks: [],
  updaterRequests: [],
  permissionHandlers: 0,
  singleInstanceLock: 0
}

let ready = false
let quitting = false
const dialogAnswers = []
const handlerFns = new Map()
const protocolFns = new Map()
const paths = {
  home: env.STUB_HOME || '/tmp/stub-home',
  appData: env.STUB_APP_DATA || '/tmp/stub-app-data',
  userData: env.STUB_USER_DATA || join(env.STUB_APP_DATA || '/tmp/stub-app-data', 'Sheetport'),
  temp: env.STUB_TEMP || '/tmp',
  logs: env.STUB_LOGS || '/tmp/stub-logs',
  exe: env.STUB_EXE || '/opt/Sheetport/sheetport'
}

function fail(name) {
  if (env.STUB_THROW === name) throw new Error(`stub electron: ${name} failed on purpose`)
}

function preventable() {
  const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true } }
  return event
}

const app = new EventEmitter()
let resolveReady
const readyPromise = new Promise((resolve) => { resolveReady = resolve })
Object.assign(app, {
  isPackaged: env.STUB_PACKAGED === '1',
  name: 'Sheetport',
  getName: () => app.name,
  setName: (name) => { app.name = name },
  getVersion: () => '0.1.0',
  getLocale: () => env.STUB_LOCALE || 'en-US',
  getSystemLocale: () => env.STUB_LOCALE || 'en-US',
  getPreferredSystemLanguages: () => [env.STUB_LOCALE || 'en-US'],
  getPath: (name) => {
    fail('app.getPath')
    if (!(name in paths)) throw new Error(`stub electron: unknown path ${name}`)
    return paths[name]
  },
  setPath: (name, value) => {
    paths[name] = value
    record.setPaths[name] = value
  },
  getAppPath: () => env.STUB_APP_PATH || process.cwd(),
  isReady: () => ready,
  whenReady: () => readyPromise,
  requestSingleInstanceLock: () => {
    record.singleInstanceLock++
    return env.STUB_SECOND_INSTANCE !== '1'
  },
  setAppUserModelId: (id) => { record.appUserModelId = id },
  quit: () => {
    record.quitCalls++
    const event = preventable()
    app.emit('before-quit', event)
    if (event.defaultPrevented) return
    quitting = true
    for (const window of BrowserWindow.getAllWindows()) window.close()
    quitting = false
    if (BrowserWindow.getAllWindows().length > 0) return
    const willQuit = preventable()
    app.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return
    app.emit('quit', preventable(), 0)
    app.exit(0)
  },
  exit: (code = 0) => {
    if (record.exitCode !== null) return
    record.exitCode = code
    const end = () => process.exit(code)
    if (process.send) process.send({ event: 'exit', code, record }, end)
    else end()
  },
  relaunch: () => {},
  focus: () => {},
  dock: { hide: () => {}, show: () => {} }
})

class WebContents extends EventEmitter {
  constructor(window) {
    super()
    this.window = window
    this.url = ''
    this.sent = 0
    this.reloads = 0
    this.destroyed = false
    this.id = record.windows.length + 1
  }
  send(channel) {
    this.sent++
    this.window.info.sentEvents.push(channel)
  }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler }
  reload() {
    this.reloads++
    this.window.info.reloads++
  }
  loadURL(url) { return this.window.loadURL(url) }
  getURL() { return this.url }
  isDestroyed() { return this.destroyed }
  isCrashed() { return false }
}

const windows = []
class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super()
    fail('BrowserWindow')
    this.info = { options: JSON.parse(JSON.stringify(options)), loads: [], shown: false, closed: false, reloads: 0, sentEvents: [] }
    record.windows.push(this.info)
    this.webContents = new WebContents(this)
    this.destroyed = false
    windows.push(this)
    app.emit('web-contents-created', preventable(), this.webContents)
    app.emit('browser-window-created', preventable(), this)
  }
  static getAllWindows() { return windows.filter((w) => !w.destroyed) }
  static fromWebContents(contents) { return windows.find((w) => w.webContents === contents) ?? null }
  static getFocusedWindow() { return BrowserWindow.getAllWindows()[0] ?? null }
  loadURL(url) {
    fail('loadURL')
    this.info.loads.push({ kind: 'url', value: url })
    this.webContents.url = url
    setImmediate(() => this.emit('ready-to-show'))
    return Promise.resolve()
  }
  loadFile(file) {
    this.info.loads.push({ kind: 'file', value: file })
    this.webContents.url = require('node:url').format({ protocol: 'file', slashes: true, pathname: file })
    setImmediate(() => this.emit('ready-to-show'))
    return Promise.resolve()
  }
  show() { this.info.shown = true }
  focus() {}
  restore() {}
  isMinimized() { return false }
  isDestroyed() { return this.destroyed }
  isVisible() { return this.info.shown }
  setMenuBarVisibility() {}
  close() {
    if (this.destroyed) return
    const event = preventable()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroy()
  }
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.info.closed = true
    this.emit('closed')
    if (!quitting && BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
  }
}

const ipcMain = {
  handle(channel, fn) {
    fail('ipcMain.handle')
    if (handlerFns.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    handlerFns.set(channel, fn)
    record.handlers.push(channel)
  },
  removeHandler(channel) { handlerFns.delete(channel) },
  on() {},
  once() {}
}

const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    record.schemes.push(...JSON.parse(JSON.stringify(schemes)))
  },
  handle(scheme, fn) {
    if (!ready) throw new Error('protocol.handle can only be used after app is ready')
    protocolFns.set(scheme, fn)
    record.protocols.push(scheme)
  },
  isProtocolHandled: (scheme) => protocolFns.has(scheme)
}

const session = {
  defaultSession: {
    protocol,
    setPermissionRequestHandler() { record.permissionHandlers++ },
    setPermissionCheckHandler() { record.permissionHandlers++ },
    webRequest: { onHeadersReceived() {}, onBeforeRequest() {} }
  },
  // electron-updater makes its requests in a session of its own.
  fromPartition: () => ({})
}

class Notification extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
  }
  static isSupported() { return true }
  show() { record.notifications.push({ title: this.options.title, body: this.options.body }) }
}

const dialog = {
  showMessageBox: async (windowOrOptions, maybeOptions) => {
    const options = maybeOptions ?? windowOrOptions
    record.messageBoxes.push({ message: options.message, buttons: options.buttons, type: options.type })
    return { response: dialogAnswers.length > 0 ? dialogAnswers.shift() : options.cancelId ?? 0, checkboxChecked: false }
  },
  showErrorBox: (title, content) => { record.errorBoxes.push({ title, content }) },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true })
}

const Menu = {
  buildFromTemplate(template) {
    const strip = (items) => items.map((item) => ({
      label: item.label, role: item.role, type: item.type, accelerator: item.accelerator,
      click: typeof item.click === 'function', submenu: Array.isArray(item.submenu) ? strip(item.submenu) : undefined
    }))
    return { template: strip(template), raw: template }
  },
  setApplicationMenu(menu) {
    record.menus.push(menu === null ? null : menu.template)
    module.exports.__stub.lastMenuRaw = menu === null ? null : menu.raw
  },
  getApplicationMenu: () => null
}

const net = {
  fetch: async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input.url
    record.fetches.push({ url, method: init.method || 'GET', redirect: init.redirect, credentials: init.credentials, bypass: init.bypassCustomProtocolHandlers === true })
    const { bypassCustomProtocolHandlers: _ignored, ...rest } = init
    return fetch(input, rest)
  },
  isOnline: () => true,
  /** electron-updater's requests (net.request): Node's http.request, and only to 127.0.0.1. */
  request: (options) => {
    record.updaterRequests.push({ host: String(options.hostname), path: String(options.path) })
    if (options.hostname !== '127.0.0.1') throw new Error(`stub electron: no request to ${options.hostname}`)
    const { session: _session, redirect: _redirect, ...plain } = options
    return require('node:http').request(plain)
  }
}

const shell = {
  openPath: async (path) => {
    record.openedPaths.push(path)
    return ''
  },
  openExternal: async () => {},
  showItemInFolder: (path) => { record.openedPaths.push(path) }
}

const powerSaveBlocker = { start: () => 1, stop: () => {}, isStarted: () => false }

/** utilityProcess.fork as a Node child process whose process.parentPort is shimmed (parent-port.cjs). */
const utilityProcess = {
  fork(modulePath, args = [], options = {}) {
    record.utilityForks.push({ modulePath, execArgv: options.execArgv ?? [], serviceName: options.serviceName })
    const child = fork(modulePath, args, {
      execArgv: [...(options.execArgv ?? []), '--require', join(__dirname, 'parent-port.cjs')],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      env: { ...process.env, ...(options.env ?? {}) }
    })
    const proc = new EventEmitter()
    proc.pid = child.pid
    proc.postMessage = (message) => child.send(message)
    proc.kill = () => child.kill()
    child.on('spawn', () => proc.emit('spawn'))
    child.on('message', (message) => proc.emit('message', message))
    child.on('exit', (code, signal) => proc.emit('exit', code ?? (signal ? 1 : 0)))
    return proc
  }
}

module.exports = {
  app, BrowserWindow, ipcMain, protocol, session, Notification, dialog, Menu, net, shell,
  powerSaveBlocker, utilityProcess, autoUpdater: new EventEmitter(),
  /** For control.cjs only: the recording and the hooks to drive the app. */
  __stub: {
    record, handlerFns, protocolFns, windows, dialogAnswers, preventable,
    markReady() {
      ready = true
      resolveReady()
      app.emit('ready', preventable(), {})
    }
  }
}
