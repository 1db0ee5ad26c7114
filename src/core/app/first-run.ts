import type { SettingsStore } from '../settings/settings-store'
import type { EventBus } from './event-bus'

/**
 * Ends the first run once a spreadsheet or practice sample has opened: the
 * flag is saved and every window is told, so the big welcome card shrinks.
 * Opening the file matters more than the flag, so a failed write is ignored
 * (the welcome just stays big until the next file).
 */
export async function finishFirstRun(settings: SettingsStore, events: EventBus): Promise<void> {
  try {
    if ((await settings.get()).firstRunDone) return
    events.emit('settings:changed', await settings.update({ firstRunDone: true }))
  } catch {
    // Nothing is lost: the flag is only about how prominent the practice samples are.
  }
}
