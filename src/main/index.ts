import { app, BrowserWindow, ipcMain, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { composeCore, type Core } from '../core/app/compose-core'
import { languageFromLocale } from '../core/settings/settings-store'
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
    sheetWorkerScript: join(__dirname, 'sheet-worker.js')
  })
  registerIpcHandlers(ipcMain, core.handlers, createSenderCheck(appUrl()), logUnexpected)
  forwardEvents(core.events, () => BrowserWindow.getAllWindows())
  createMainWindow(__dirname, devServerUrl)
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
    if (core && BrowserWindow.getAllWindows().length === 0) createMainWindow(__dirname, devServerUrl)
  })
  app.on('will-quit', () => void core?.close())
  app.whenReady().then(start, (error: unknown) => {
    logUnexpected('startup', error)
    app.exit(1)
  })
}
