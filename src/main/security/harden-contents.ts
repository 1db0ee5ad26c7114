import type { Session, WebContents } from 'electron'

/** Whether a URL is one of the app's own pages (its origin). */
export type IsAppPage = (url: string) => boolean

/**
 * Applied to every web contents the app ever creates: the page may not
 * navigate away, open new windows, or attach <webview>s. Sheetport is a
 * single page; any of these would mean something is trying to escape it,
 * e.g. a link inside a spreadsheet cell. Loading its own page again is
 * allowed — that is how Vite's dev server reloads it under `npm start`.
 */
export function hardenContents(contents: WebContents, isAppPage: IsAppPage): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppPage(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Refuses every permission a page can ask for (camera, notifications from the
 * page, geolocation, …): the renderer needs none; desktop notifications come
 * from the main process.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
