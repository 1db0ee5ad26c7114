import type { AppInfo } from '../../../shared/app-types'
import type { SettingsStore } from '../../settings/settings-store'
import type { EventBus } from '../event-bus'
import type { Handlers } from './types'

/** What the app and settings channels need. */
export interface AppHandlerDeps {
  readonly info: AppInfo
  readonly settings: SettingsStore
  readonly events: EventBus
}

/** The app's facts and its settings; a settings change is pushed to every window. */
export function appHandlers(deps: AppHandlerDeps): Pick<Handlers, 'app:info' | 'settings:get' | 'settings:update'> {
  return {
    'app:info': () => deps.info,
    'settings:get': () => deps.settings.get(),
    'settings:update': async (patch) => {
      const settings = await deps.settings.update(patch)
      deps.events.emit('settings:changed', settings)
      return settings
    }
  }
}
