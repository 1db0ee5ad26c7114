import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { CATALOGS } from '../../../../../shared/catalog'
import { TARGETS, type TargetId } from '../../../../../shared/targets'
import { useLocalized } from '../../../i18n/use-localized'
import { useSettings } from '../../settings/settings-store'
import { useImport } from '../import-store'

/** Puts keyboard and screen-reader focus on the screen's content once the Columns step replaces the button just pressed. */
function focusContent(): void {
  document.getElementById('main')?.focus()
}

/**
 * The first-run welcome: one button per target opens a practice sample
 * straight onto the Columns step. Big and explained until the first file
 * is opened, then a compact row that stays for later practice.
 */
export function PracticeSamples(): ReactElement | null {
  const { t } = useTranslation()
  const localized = useLocalized()
  const settings = useSettings((state) => state.settings)
  const { openSample, busy } = useImport()
  if (settings === null) return null
  const compact = settings.firstRunDone
  const open = async (target: TargetId): Promise<void> => {
    if (busy !== null) return
    await openSample(target)
    if (useImport.getState().step === 'map') focusContent()
  }
  return (
    <section className={compact ? 'card practice-samples compact' : 'card practice-samples'} aria-labelledby="practice-title">
      <h2 id="practice-title" className="card-title">
        {compact ? t('samples.compactTitle') : t('samples.title')}
      </h2>
      {compact ? null : <p>{t('samples.body')}</p>}
      <ul className="sample-list">
        {TARGETS.map((target) => (
          <li key={target}>
            <button
              type="button"
              className={compact ? 'button button-small' : 'button'}
              aria-label={t('samples.open', { target: localized(CATALOGS[target].label) })}
              onClick={() => void open(target)}
            >
              {localized(CATALOGS[target].label)}
            </button>
          </li>
        ))}
      </ul>
      {compact ? null : <p className="field-help">{t('samples.orderHint')}</p>}
      <p className="visually-hidden" role="status">
        {busy?.kind === 'working' ? t('samples.opening') : ''}
      </p>
    </section>
  )
}
