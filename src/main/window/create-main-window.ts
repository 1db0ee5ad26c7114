import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences } from './web-preferences'

/** Where the renderer is loaded from: the dev server in development, the built file otherwise. */
export function rendererLocation(mainDir: string, devServerUrl: string | undefined): { url: string } | { file: string } {
  return devServerUrl ? { url: devServerUrl } : { file: join(mainDir, '../renderer/index.html') }
}

/**
 * Opens the app's one window with the secure preferences, shown only when its
 * first paint is ready so staff never see a white flash.
 */
export function createMainWindow(mainDir: string, devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Sheetport',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(mainDir, '../preload/index.js'))
  })
  window.once('ready-to-show', () => window.show())
  const location = rendererLocation(mainDir, devServerUrl)
  if ('url' in location) void window.loadURL(location.url)
  else void window.loadFile(location.file)
  return window
}
