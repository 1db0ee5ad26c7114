import { useEffect, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/errors'
import type { SupportLogInfo } from '../../../../shared/support-log'
import { api } from '../../api'
import { useFailureText } from '../../i18n/use-localized'

/** Settings' card for the support log: where the file is and, in the desktop app, a button that opens its folder. */
export function SupportLogCard(): ReactElement | null {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const [log, setLog] = useState<SupportLogInfo | null>(null)
  const [outcome, setOutcome] = useState<'opened' | Failure | null>(null)
  useEffect(() => {
    let live = true
    void api.logs.where().then((answer) => {
      if (live && answer.ok) setLog(answer.data)
    })
    return () => {
      live = false
    }
  }, [])
  if (log === null) return null
  const open = async (): Promise<void> => {
    const answer = await api.logs.openFolder()
    setOutcome(answer.ok ? 'opened' : answer)
  }
  return (
    <section className="card card-padded support-log" aria-labelledby="support-log-title">
      <h2 className="card-title" id="support-log-title">
        {t('settings.log.title')}
      </h2>
      <p className="field-help">{t('settings.log.help')}</p>
      <p className="support-log-path">
        <span>{t('settings.log.file')}</span> <code>{log.file}</code>
      </p>
      {log.canOpenFolder ? (
        <button type="button" className="button" onClick={() => void open()}>
          {t('settings.log.open')}
        </button>
      ) : null}
      <p role="status" className={outcome === null ? 'visually-hidden' : outcome === 'opened' ? 'field-help' : 'notice notice-error'}>
        {outcome === null ? '' : outcome === 'opened' ? t('settings.log.opened') : failureText(outcome)}
      </p>
    </section>
  )
}
