import { join } from 'node:path'
import type { AppInfo } from '../../shared/app-types'
import type { Language } from '../../shared/text'
import { ImportSessions } from '../import/import-sessions'
import { jsonFile } from '../fs/json-file'
import { createSavedMappingStore } from '../mapping'
import { startPracticeServer } from '../practice/server'
import { createSheetReader } from '../sheets'
import { SettingsStore } from '../settings/settings-store'
import { createHandlers } from './create-handlers'
import { EventBus } from './event-bus'
import type { Handlers } from './handlers/types'
import { practiceConnections } from './practice-connections'

/** What a shell (Electron or the web bridge) tells the core about where it runs. */
export interface CoreOptions {
  readonly dataDir: string
  readonly systemLanguage: Language
  readonly info: AppInfo
  /** The bundled spreadsheet worker (Electron passes out/main/sheet-worker.js); source runs default to the .ts entry. */
  readonly sheetWorkerScript?: string
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
  const reader = createSheetReader(options.sheetWorkerScript ? { workerScript: options.sheetWorkerScript } : {})
  const savedMappings = createSavedMappingStore(jsonFile(join(options.dataDir, 'saved-mappings.json')))
  const handlers = createHandlers({
    info: options.info,
    settings,
    events,
    connections: () => practiceConnections(practice.baseUrls),
    imports: new ImportSessions(reader, savedMappings)
  })
  return {
    handlers,
    events,
    close: async () => {
      await reader.close()
      await practice.close()
    }
  }
}
