import type { BrowserWindow } from 'electron'
import type { EventBus } from '../../core/app/event-bus'

/**
 * Pushes every core event to every open window, skipping windows that are
 * closing. Returns the function that stops forwarding.
 */
export function forwardEvents(events: EventBus, windows: () => readonly BrowserWindow[]): () => void {
  return events.subscribe((event, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(event, payload)
    }
  })
}
