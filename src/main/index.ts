import { app, BrowserWindow, dialog, ipcMain, Notification, powerSaveBlocker, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { composeCore, type Core } from '../core/app/compose-core'
import { languageFromLocale } from '../core/settings/settings-store'
import { KeychainSecretStore } from './adapters/keychain'
import { confirmCloseWhileUploading } from './desktop/confirm-close'
import { DESKTOP_TEXTS } from './desktop/desktop-texts'
import { notifyWhenJobsEnd } from './desktop/job-notifications'
import { keepAwakeWhileUploading } from './desktop/keep-awake'
import { forwardEvents } from './ipc/forward-events'
import { registerIpcHandlers } from './ipc/register-handlers'
import { createSenderCheck } from './ipc/trusted-sender'
import { hardenContents, hardenSession } from './security/harden-contents'
import { createMainWindow, rendererLocation } from './window/create-main-window'

// The composition root of the desktop app: Electron glue only, the behaviour lives in src/core.

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
let core: Core | null = null

function appUrl(): string {
  const location = rendererLocation(__dirname, devServerUrl)
  return 'url' in location ? location.url : pathToFileURL(location.file).href
}

function logUnexpected(channel: string, error: unknown): void {
  // Only the error's kind and message: arguments may hold customer data.
  const summary = error instanceof Error ? `${error.name}: ${error.message}` : typeof error
  console.error(`[sheetport] ${channel} failed: ${summary}`)
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession)
  core = await composeCore({
    dataDir: app.getPath('userData'),
    systemLanguage: languageFromLocale(app.getLocale()),
    info: { name: 'Sheetport', version: app.getVersion(), shell: 'desktop', platform: process.platform },
    sheetWorkerScript: join(__dirname, 'sheet-worker.js'),
    secretStore: new KeychainSecretStore()
  })
  registerIpcHandlers(ipcMain, core.handlers, createSenderCheck(appUrl()), logUnexpected)
  forwardEvents(core.events, () => BrowserWindow.getAllWindows())
  const started = core
  keepAwakeWhileUploading(started.events, powerSaveBlocker, () => started.jobs.runningCount())
  notifyWhenJobsEnd(started.events, showNotification, () => started.language())
  openWindow(started)
}

function showNotification(title: string, body: string): void {
  if (Notification.isSupported()) new Notification({ title, body }).show()
}

/** The main window, which asks before closing while an upload runs. */
function openWindow(running: Core): void {
  const window = createMainWindow(__dirname, devServerUrl)
  confirmCloseWhileUploading(window, () => running.jobs.runningCount(), async (parent) => {
    const texts = DESKTOP_TEXTS[await running.language()]
    const answer = await dialog.showMessageBox(parent, {
      type: 'question',
      buttons: [texts.keepUploading, texts.closeAnyway],
      defaultId: 0,
      cancelId: 0,
      message: texts.closeQuestion,
      detail: texts.closeDetail
    })
    return answer.response === 1
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow(core)
  })
  app.on('will-quit', () => void core?.close())
  app.whenReady().then(start, (error: unknown) => {
    logUnexpected('startup', error)
    app.exit(1)
  })
}
