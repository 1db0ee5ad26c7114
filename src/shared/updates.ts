/**
 * Why an update check or download did not work, as a short code only: the
 * updater's own error text can hold the feed's address, file paths or
 * headers, so none of it ever leaves the main process.
 */
export type UpdateErrorCode = 'offline' | 'no-feed' | 'failed'

/**
 * What the desktop app's updater is doing, as the screen shows it. Only a
 * version, a percentage or a short code: never an address, a path or an
 * error message. The browser build has no updater and always says 'idle'.
 */
export type UpdateStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'checking' }
  | { readonly state: 'downloading'; readonly version: string; readonly percent: number }
  | { readonly state: 'ready'; readonly version: string }
  | { readonly state: 'unavailable' }
  | { readonly state: 'error'; readonly code: UpdateErrorCode }

/** Why "Restart now" did not restart: an upload is running, or no update is downloaded (or this build has no updater). */
export type RestartRefusal = 'uploading' | 'not-ready' | 'no-updater'
