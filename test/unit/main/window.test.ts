import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./fake-electron')
  return { BrowserWindow: FakeBrowserWindow }
})

const { FakeBrowserWindow } = await import('./fake-electron')
const { createMainWindow, rendererLocation } = await import('../../../src/main/window/create-main-window')
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
    createMainWindow('/app/out/main', undefined)
    const [window] = FakeBrowserWindow.created
    expect(window?.options['webPreferences']).toEqual(secureWebPreferences('/app/out/preload/index.js'))
    expect(window?.loaded).toBe('/app/out/renderer/index.html')
    expect(window?.options['show']).toBe(false)
  })

  it('loads the dev server only when electron-vite provides one', () => {
    expect(rendererLocation('/app/out/main', 'http://localhost:5173')).toEqual({ url: 'http://localhost:5173' })
    expect(rendererLocation('/app/out/main', undefined)).toEqual({ file: '/app/out/renderer/index.html' })
  })
})
