import type { WebFrameMain } from 'electron'

/** Decides whether an IPC message really comes from the app's own page. */
export type SenderCheck = (frame: WebFrameMain | null | undefined) => boolean

/** Scheme and host (with port) of a URL, or null when it is not one; for `sheetport://app` and `http://localhost:5173` alike. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

/**
 * Whether a URL belongs to the app's own origin: the `sheetport://app`
 * scheme of the built app, or the dev server's origin under `npm start`.
 * Comparing origins, not file paths, is what makes it independent of where
 * Sheetport is installed.
 */
export function appOriginMatcher(appUrl: string): (url: string) => boolean {
  const expected = originOf(appUrl)
  if (expected === null) throw new Error(`The app's page address has no origin: ${appUrl}`)
  return (url) => originOf(url) === expected
}

/**
 * Accepts only the top frame of a page from the app's own origin. A null
 * frame (navigated away or destroyed), a child frame, or any other page is
 * refused.
 */
export function createSenderCheck(appUrl: string): SenderCheck {
  const isAppPage = appOriginMatcher(appUrl)
  return (frame) => Boolean(frame) && frame?.parent === null && isAppPage(frame.url)
}
