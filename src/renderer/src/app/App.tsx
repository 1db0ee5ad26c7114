import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ConnectionsScreen } from '../features/connections/ConnectionsScreen'
import { HistoryScreen } from '../features/history/HistoryScreen'
import { ImportScreen } from '../features/import/ImportScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { useSettings } from '../features/settings/settings-store'
import { UpdateBanner } from '../features/updates/UpdateBanner'
import { useNavigation, type Screen } from './navigation-store'
import { Sidebar } from './Sidebar'

const SCREEN_COMPONENTS: Readonly<Record<Screen, () => ReactElement>> = {
  import: ImportScreen,
  connections: ConnectionsScreen,
  history: HistoryScreen,
  settings: SettingsScreen
}

/** The shell: sidebar on the left, the current screen on the right (under the update banner, when one is ready). */
export function App(): ReactElement {
  const { t } = useTranslation()
  const screen = useNavigation((state) => state.screen)
  const { load, receive } = useSettings()
  useEffect(() => {
    void load()
    return api.on.settingsChanged(receive)
  }, [load, receive])
  const Current = SCREEN_COMPONENTS[screen]
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Sidebar />
      <main id="main" className="content" tabIndex={-1} data-screen={screen}>
        <div className="content-inner">
          <UpdateBanner />
          <Current />
        </div>
      </main>
    </div>
  )
}
