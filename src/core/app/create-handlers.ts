import type { AppInfo, ConnectionSummary } from '../../shared/app-types'
import type { SettingsStore } from '../settings/settings-store'
import type { EventBus } from './event-bus'
import type { Handlers } from './handlers'

/** What the handlers need from the running app, injected by each composition root. */
export interface HandlerDeps {
  readonly info: AppInfo
  readonly settings: SettingsStore
  readonly events: EventBus
  readonly connections: () => Promise<ConnectionSummary[]> | ConnectionSummary[]
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
    'connections:list': () => deps.connections()
  }
}
