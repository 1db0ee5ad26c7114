import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** A stand-in for a WebFrameMain: just the fields the sender check reads. */
export function fakeFrame(url: string, parent: object | null = null): { url: string; parent: object | null } {
  return { url, parent }
}

/** A WebContents stand-in that records listeners and the window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  readonly sent: Array<[string, unknown]> = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
}

/** An ipcMain stand-in: handle() records one handler per channel and refuses a second. */
export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, arg: unknown) => unknown>()
  handle(channel: string, handler: (event: unknown, arg: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  }
}

/** A BrowserWindow stand-in that keeps the options it was built with. */
export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loaded: string | null = null
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.created.push(this)
  }
  loadURL = vi.fn(async (url: string) => {
    this.loaded = url
  })
  loadFile = vi.fn(async (file: string) => {
    this.loaded = file
  })
  show = vi.fn()
  isDestroyed = vi.fn(() => false)
}
