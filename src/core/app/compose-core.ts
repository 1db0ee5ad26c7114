import { join } from 'node:path'
import type { AppInfo } from '../../shared/app-types'
import type { Language } from '../../shared/text'
import { startPracticeServer } from '../practice/server'
import { SettingsStore } from '../settings/settings-store'
import { createHandlers } from './create-handlers'
import { EventBus } from './event-bus'
import type { Handlers } from './handlers'
import { practiceConnections } from './practice-connections'

/** What a shell (Electron or the web bridge) tells the core about where it runs. */
export interface CoreOptions {
  readonly dataDir: string
  readonly systemLanguage: Language
  readonly info: AppInfo
}

/** The running core: handlers for a transport, events to forward, and a way to stop. */
export interface Core {
  readonly handlers: Handlers
  readonly events: EventBus
  close(): Promise<void>
}

/**
 * The composition root shared by both shells, so the desktop app and the
 * browser build are the same program behind different transports.
 */
export async function composeCore(options: CoreOptions): Promise<Core> {
  const events = new EventBus()
  const settings = new SettingsStore(join(options.dataDir, 'settings.json'), options.systemLanguage)
  // The practice emulator runs inside the app, so practice connections work offline.
  const practice = await startPracticeServer()
  const handlers = createHandlers({
    info: options.info,
    settings,
    events,
    connections: () => practiceConnections(practice.baseUrls)
  })
  return { handlers, events, close: () => practice.close() }
}
