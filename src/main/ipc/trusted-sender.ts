import type { WebFrameMain } from 'electron'

/** Decides whether an IPC message really comes from the app's own page. */
export type SenderCheck = (frame: WebFrameMain | null | undefined) => boolean

/**
 * Accepts only the top frame of a page loaded from the app's own renderer
 * location: a file: URL with the same path, or the dev server's origin.
 * A null frame (navigated away or destroyed), a child frame, or any other
 * page is refused.
 */
export function createSenderCheck(appUrl: string): SenderCheck {
  const expected = new URL(appUrl)
  return (frame) => {
    if (!frame || frame.parent !== null) return false
    let actual: URL
    try {
      actual = new URL(frame.url)
    } catch {
      return false
    }
    if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname
    return actual.origin === expected.origin
  }
}
