import { describe, expect, it, vi } from 'vitest'
import { appOriginMatcher } from '../../../src/main/ipc/trusted-sender'
import { hardenContents, hardenSession } from '../../../src/main/security/harden-contents'
import { FakeWebContents } from './fake-electron'

vi.mock('electron', () => ({}))

function fire(contents: FakeWebContents, name: string, url: string): boolean {
  const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
  contents.emit(name, event, url)
  return event.defaultPrevented
}

describe('hardenContents', () => {
  const contents = new FakeWebContents()
  hardenContents(contents as never, appOriginMatcher('sheetport://app/index.html'))

  it.each(['https://evil.example/', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'http://127.0.0.1:9/'])(
    'refuses navigation to %s',
    (url) => {
      expect(fire(contents, 'will-navigate', url)).toBe(true)
      expect(fire(contents, 'will-redirect', url)).toBe(true)
    }
  )

  it('lets the page load itself again (a reload), and the dev server reload under npm start', () => {
    expect(fire(contents, 'will-navigate', 'sheetport://app/index.html')).toBe(false)
    const dev = new FakeWebContents()
    hardenContents(dev as never, appOriginMatcher('http://localhost:5173/'))
    expect(fire(dev, 'will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(fire(dev, 'will-navigate', 'http://localhost:5174/')).toBe(true)
  })

  it('refuses every new window', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://shop.example/' })).toEqual({ action: 'deny' })
  })

  it('refuses to attach a <webview>', () => {
    expect(fire(contents, 'will-attach-webview', 'https://shop.example/')).toBe(true)
  })
})

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    hardenSession({
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler)
    } as never)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      requestHandler?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(checkHandler?.()).toBe(false)
  })
})
