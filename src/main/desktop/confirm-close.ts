import type { BrowserWindow } from 'electron'

/** Asks whether to close anyway; resolves true to close. */
export type AskToClose = (window: BrowserWindow) => Promise<boolean>

/**
 * Closing the window during an upload asks first; "Stop and close" really
 * stops the uploads (recorded as stopped, continuable later) before the
 * window goes — on macOS the app stays running without a window, so an
 * upload left going would keep sending with nothing on screen.
 */
export function confirmCloseWhileUploading(window: BrowserWindow, runningJobs: () => number, ask: AskToClose, stopUploads: () => Promise<void>): void {
  let confirmed = false
  window.on('close', (event) => {
    if (confirmed || runningJobs() === 0) return
    event.preventDefault()
    void ask(window).then(async (close) => {
      if (!close || window.isDestroyed()) return
      await stopUploads()
      confirmed = true
      window.close()
    })
  })
}
