import { describe, expect, it, vi } from 'vitest'
import { createSenderCheck } from '../../../src/main/ipc/trusted-sender'
import { fakeFrame } from './fake-electron'

vi.mock('electron', () => ({}))

describe('createSenderCheck for the built app (its own sheetport: scheme)', () => {
  const check = createSenderCheck('sheetport://app/index.html')

  it('accepts the app page itself, with or without a hash', () => {
    expect(check(fakeFrame('sheetport://app/index.html') as never)).toBe(true)
    expect(check(fakeFrame('sheetport://app/index.html#x') as never)).toBe(true)
  })

  it('refuses a null or missing frame (navigated away or destroyed)', () => {
    expect(check(null)).toBe(false)
    expect(check(undefined)).toBe(false)
  })

  it('refuses a child frame, even one showing the app page', () => {
    const top = fakeFrame('sheetport://app/index.html')
    expect(check(fakeFrame('sheetport://app/index.html', top) as never)).toBe(false)
  })

  it.each([
    'file:///tmp/evil.html',
    'file:///opt/Sheetport/resources/app.asar/out/renderer/index.html',
    'sheetport://evil/index.html',
    'https://evil.example/index.html',
    'about:blank',
    'data:text/html,hi',
    'not a url'
  ])('refuses a frame showing %s', (url) => {
    expect(check(fakeFrame(url) as never)).toBe(false)
  })
})

describe('createSenderCheck for the dev server', () => {
  const check = createSenderCheck('http://localhost:5173/')
  it('accepts the dev origin and refuses others', () => {
    expect(check(fakeFrame('http://localhost:5173/index.html') as never)).toBe(true)
    expect(check(fakeFrame('http://localhost:5174/') as never)).toBe(false)
    expect(check(fakeFrame('http://127.0.0.1:5173/') as never)).toBe(false)
  })
})
