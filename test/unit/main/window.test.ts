import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./fake-electron')
  return { BrowserWindow: FakeBrowserWindow }
})

const { FakeBrowserWindow } = await import('./fake-electron')
const { createMainWindow } = await import('../../../src/main/window/create-main-window')
const { secureWebPreferences } = await import('../../../src/main/window/web-preferences')

describe('window security options', () => {
  beforeEach(() => {
    FakeBrowserWindow.created = []
  })

  it('are the checklist values', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
  })

  it('are what the main window is actually created with', () => {
    createMainWindow('/app/out/main', 'sheetport://app/index.html')
    const [window] = FakeBrowserWindow.created
    expect(window?.options['webPreferences']).toEqual(secureWebPreferences('/app/out/preload/index.js'))
    expect(window?.loaded).toBe('sheetport://app/index.html')
    expect(window?.options['show']).toBe(false)
  })

})
