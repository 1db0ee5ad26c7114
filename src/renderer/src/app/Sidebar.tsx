import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import { SCREENS, useNavigation } from './navigation-store'

/** The left-hand navigation between the app's screens. */
export function Sidebar(): ReactElement {
  const { t } = useTranslation()
  const { screen, go } = useNavigation()
  return (
    <aside className="sidebar">
      <div className="brand">
        <div className="brand-mark" aria-hidden="true">
          <Icon name="sheet" size={18} />
        </div>
        <div>
          <div className="brand-name">Sheetport</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === name ? 'page' : undefined}
                onClick={() => go(name)}
              >
                <Icon name={name} />
                <span>{t(`nav.${name}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  )
}
