import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useFailureText } from '../../i18n/use-localized'
import { bannerView } from './banner-view'
import { useUpdates } from './update-store'

/**
 * A calm line at the top of the app once a new version is downloaded: it is
 * installed on the next restart, or now with "Restart now" — which waits
 * while an upload runs, and says so.
 */
export function UpdateBanner(): ReactElement | null {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const { status, activeJobs, restarting, failure, load, restart } = useUpdates()
  useEffect(() => {
    void load()
  }, [load])
  const view = bannerView(status, activeJobs.size)
  if (view === null) return null
  return (
    <section className="notice notice-info update-banner" aria-label={t('updates.label')}>
      <p role="status">{t('updates.ready', { version: view.version })}</p>
      <div className="update-banner-actions">
        <button
          type="button"
          className="button button-small"
          disabled={view.waitForUploads || restarting}
          aria-describedby={view.waitForUploads ? 'update-banner-wait' : undefined}
          onClick={() => void restart()}
        >
          {t('updates.restartNow')}
        </button>
        {view.waitForUploads ? <span id="update-banner-wait">{t('updates.waitForUploads')}</span> : null}
      </div>
      {failure ? <p role="alert">{failureText(failure)}</p> : null}
    </section>
  )
}
