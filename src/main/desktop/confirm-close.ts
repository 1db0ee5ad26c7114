import type { BrowserWindow } from 'electron'

/** Asks whether to close anyway; resolves true to close. */
export type AskToClose = (window: BrowserWindow) => Promise<boolean>

/**
 * Closing the window during an upload asks first. Closing anyway is safe
 * (the journal lets the job continue later), but it should never happen by
 * accident.
 */
export function confirmCloseWhileUploading(window: BrowserWindow, runningJobs: () => number, ask: AskToClose): void {
  let confirmed = false
  window.on('close', (event) => {
    if (confirmed || runningJobs() === 0) return
    event.preventDefault()
    void ask(window).then((close) => {
      if (!close || window.isDestroyed()) return
      confirmed = true
      window.close()
    })
  })
}
