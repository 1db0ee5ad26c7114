import type { WebPreferences } from 'electron'

/**
 * The settings every Sheetport window runs with, from Electron's security
 * checklist: the page is sandboxed, isolated from the preload, has no Node,
 * keeps web security, and cannot embed <webview> or open files dropped on it
 * by navigating to them.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false
  }
}
