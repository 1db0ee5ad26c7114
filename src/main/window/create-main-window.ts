import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences } from './web-preferences'

/**
 * Opens the app's one window with the secure preferences on the app's own
 * page (`sheetport://app/index.html`, or the dev server under `npm start`),
 * shown only when its first paint is ready so staff never see a white flash.
 */
export function createMainWindow(mainDir: string, pageUrl: string): BrowserWindow {
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
  void window.loadURL(pageUrl)
  return window
}
