import type { App, Dialog } from 'electron'
import { languageFromLocale } from '../../core/settings/settings-store'
import { DESKTOP_TEXTS } from '../desktop/desktop-texts'

/**
 * Runs the app's start-up and, when any step of it fails, tells the person
 * in their language what happened and what to do, then ends the process —
 * instead of Electron's raw "JavaScript error in the main process" box and a
 * process left running with no window, holding the single-instance lock.
 */
export function startOrExplain(app: Pick<App, 'whenReady' | 'getLocale' | 'exit'>, dialog: Pick<Dialog, 'showErrorBox'>, start: () => Promise<void>, dataDir: string): void {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const texts = DESKTOP_TEXTS[languageFromLocale(app.getLocale())]
      // The error's kind and message only: nothing at start-up holds customer data or keys.
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      console.error(`[sheetport] start-up failed: ${detail}`)
      try {
        dialog.showErrorBox(texts.startFailedTitle, texts.startFailedBody(detail, dataDir))
      } finally {
        app.exit(1)
      }
    })
}
