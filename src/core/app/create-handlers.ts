import type { AppInfo, ConnectionSummary } from '../../shared/app-types'
import type { ImportSessions } from '../import/import-sessions'
import type { SettingsStore } from '../settings/settings-store'
import { templateDownload } from '../templates/template-download'
import type { EventBus } from './event-bus'
import type { Handlers } from './handlers'

/** What the handlers need from the running app, injected by each composition root. */
export interface HandlerDeps {
  readonly info: AppInfo
  readonly settings: SettingsStore
  readonly events: EventBus
  readonly connections: () => Promise<ConnectionSummary[]> | ConnectionSummary[]
  readonly imports: ImportSessions
}

/**
 * Wires every contract channel to the core. Electron's main process and the
 * web bridge both call this, so the two shells run the same behaviour.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': () => deps.info,
    'settings:get': () => deps.settings.get(),
    'settings:update': async (patch) => {
      const settings = await deps.settings.update(patch)
      deps.events.emit('settings:changed', settings)
      return settings
    },
    'connections:list': () => deps.connections(),
    'import:open': ({ fileName, bytes }) => deps.imports.open(fileName, bytes),
    'import:choose-sheet': ({ sessionId, sheetName }) => deps.imports.chooseSheet(sessionId, sheetName),
    'import:set-header-row': ({ sessionId, headerIndex }) => deps.imports.setHeaderRow(sessionId, headerIndex),
    'import:set-target': ({ sessionId, target }) => deps.imports.setTarget(sessionId, target),
    'import:set-mapping': ({ sessionId, mapping }) => deps.imports.setMapping(sessionId, mapping),
    'templates:build': ({ target, language }) => templateDownload(target, language)
  }
}
