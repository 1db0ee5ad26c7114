import type { Session, WebContents } from 'electron'

/**
 * Applied to every web contents the app ever creates: the page may not
 * navigate away, open new windows, or attach <webview>s. Sheetport is a
 * single page; any of these would mean something is trying to escape it,
 * e.g. a link inside a spreadsheet cell.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
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
