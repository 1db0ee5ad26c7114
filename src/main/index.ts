import { app, BrowserWindow, dialog, ipcMain, Menu, net, Notification, powerSaveBlocker, protocol, session, shell, utilityProcess } from 'electron'
import { join } from 'node:path'
import { composeCore, type Core } from '../core/app/compose-core'
import { unexpectedError } from '../core/log'
import { languageFromLocale } from '../core/settings/settings-store'
import { KeychainSecretStore } from './adapters/keychain'
import { APP_ID, settleAppIdentity, type AppIdentity } from './app/app-identity'
import { quitGracefully } from './app/graceful-quit'
import { startOrExplain } from './app/startup-failure'
import { cliArguments, runCliMode } from './cli/cli-mode'
import { confirmCloseWhileUploading } from './desktop/confirm-close'
import { DESKTOP_TEXTS } from './desktop/desktop-texts'
import { notifyWhenJobsEnd } from './desktop/job-notifications'
import { keepAwakeWhileUploading } from './desktop/keep-awake'
import { forwardEvents } from './ipc/forward-events'
import { registerIpcHandlers } from './ipc/register-handlers'
import { appOriginMatcher, createSenderCheck } from './ipc/trusted-sender'
import { appMenuTemplate } from './menu/app-menu'
import { chromiumFetch } from './net/chromium-fetch'
import { utilityParser } from './parsing/utility-parser'
import { hardenContents, hardenSession } from './security/harden-contents'
import { loadUpdater } from './updates/load-updater'
import { startUpdates, type DesktopUpdates } from './updates/start-updates'
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRenderer } from './window/app-protocol'
import { createMainWindow } from './window/create-main-window'
import { recoverRenderer } from './window/recover-renderer'

// The composition root of the desktop app: Electron glue only, the behaviour lives in src/core.

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const appUrl = devServerUrl ?? APP_ENTRY_URL
let core: Core | null = null
let updates: DesktopUpdates | null = null

function logUnexpected(channel: string, error: unknown): void {
  // Only the error's kind and message: arguments may hold customer data. The support log keeps only its kind.
  const summary = error instanceof Error ? `${error.name}: ${error.message}` : typeof error
  console.error(`[sheetport] ${channel} failed: ${summary}`)
  core?.log.write(unexpectedError(channel, error))
}

/** Shows a folder in Explorer, Finder or the file manager; Electron answers an error text instead of throwing. */
async function openFolder(folder: string): Promise<void> {
  const problem = await shell.openPath(folder)
  if (problem !== '') throw new Error(problem)
}

/** Where this run keeps its data; settled before anything else (the single-instance lock lives there). */
let identity: AppIdentity

async function start(): Promise<void> {
  hardenSession(session.defaultSession)
  serveRenderer(protocol, join(__dirname, '../renderer'))
  // Only an installed app updates itself; it asks the core how many uploads run once the core exists.
  const updater = startUpdates({ updater: loadUpdater, isPackaged: app.isPackaged, runningJobs: () => core?.jobs.runningCount() ?? 0, log: (line) => console.error(line) })
  updates = updater
  core = await composeCore({
    dataDir: identity.dataDir,
    jobsDir: identity.jobsDir,
    systemLanguage: languageFromLocale(app.getLocale()),
    info: { name: 'Sheetport', version: app.getVersion(), shell: 'desktop', platform: process.platform },
    sheetWorkerScript: join(__dirname, 'sheet-worker.js'),
    spawnParser: utilityParser(utilityProcess),
    fetch: chromiumFetch(net),
    secretStore: new KeychainSecretStore(identity.keychainService),
    openFolder,
    updates: updater
  })
  const started = core
  registerIpcHandlers(ipcMain, started.handlers, createSenderCheck(appUrl), logUnexpected)
  forwardEvents(started.events, () => BrowserWindow.getAllWindows())
  keepAwakeWhileUploading(started.events, powerSaveBlocker, () => started.jobs.runningCount())
  notifyWhenJobsEnd(started.events, showNotification, () => started.language())
  await setMenu(started)
  started.events.subscribe((event) => {
    if (event === 'settings:changed') void setMenu(started)
  })
  quitGracefully(app, {
    runningJobs: () => started.jobs.runningCount(),
    askToStopUploads: () => askToStop(started, 'quit'),
    stopEverything: () => {
      updater.stop()
      return started.close()
    }
  })
  openWindow(started)
}

async function setMenu(running: Core): Promise<void> {
  const texts = DESKTOP_TEXTS[await running.language()]
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, packaged: app.isPackaged, texts })))
}

function showNotification(title: string, body: string): void {
  if (!Notification.isSupported()) return
  const notice = new Notification({ title, body })
  // Unsigned macOS builds and Windows without the app's shortcut cannot notify: say so in the log, not to the person.
  notice.on('failed', (_event, error) => logUnexpected('notification', new Error(String(error))))
  notice.show()
}

/** The question before uploads are stopped by closing the window or quitting. */
async function askToStop(running: Core, by: 'close' | 'quit'): Promise<boolean> {
  const texts = DESKTOP_TEXTS[await running.language()]
  const options = {
    type: 'question' as const,
    buttons: [texts.keepUploading, by === 'close' ? texts.closeAnyway : texts.quitAnyway],
    defaultId: 0,
    cancelId: 0,
    message: by === 'close' ? texts.closeQuestion : texts.quitQuestion,
    detail: texts.closeDetail
  }
  const [parent] = BrowserWindow.getAllWindows()
  const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options)
  return answer.response === 1
}

/** The main window: it asks before closing while an upload runs, and comes back if its page dies. */
function openWindow(running: Core): void {
  const window = createMainWindow(__dirname, appUrl)
  // The first check waits for the window: start-up stays quick, and the screen is there to be told.
  window.once('ready-to-show', () => updates?.beginChecking())
  confirmCloseWhileUploading(window, () => running.jobs.runningCount(), () => askToStop(running, 'close'), () => running.stopUploads())
  recoverRenderer(
    window.webContents,
    () => void window.loadURL(appUrl),
    (reopened) => {
      void running.language().then((language) => {
        const texts = DESKTOP_TEXTS[language]
        dialog.showErrorBox(texts.rendererGoneTitle, reopened ? texts.rendererGoneBody : texts.rendererGoneAgainBody)
      })
    },
    () => app.quit()
  )
}

/** The desktop app as people start it: one window, one instance. */
function launchDesktop(): void {
  // Before anything else: the scheme's privileges, and where this run keeps its data.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
  identity = settleAppIdentity(app)
  if (process.platform === 'win32') app.setAppUserModelId(app.isPackaged ? APP_ID : process.execPath)
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const isAppPage = appOriginMatcher(appUrl)
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppPage))
  app.on('will-quit', () => core?.log.write({ event: 'app.quit', runningJobs: core.jobs.runningCount() }))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow(core)
  })
  startOrExplain(app, dialog, start, identity.dataDir)
}

const cliArgs = cliArguments(process.argv)
if (cliArgs === null) {
  launchDesktop()
} else {
  runCliMode(app, cliArgs, () => ({
    fetch: chromiumFetch(net),
    reader: { workerScript: join(__dirname, 'sheet-worker.js'), spawnProcess: utilityParser(utilityProcess) }
  }))
}
