import { useEffect, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../shared/import-view'
import type { ReviewSummary } from '../../../../shared/review'
import { SERVICE_OF_TARGET, type TargetId } from '../../../../shared/targets'
import { useNavigation } from '../../app/navigation-store'
import { useConnections } from '../connections/connections-store'
import { useImport } from '../import/import-store'
import { followCounts } from '../import/review-step/follow-counts'
import { useUpload } from './upload-store'
import { useConnectionName } from '../connections/use-connection-name'

/** The checked counts of the open file, for "1,204 rows will be sent": null until every row is checked. */
function useReviewSummary(sessionId: string): ReviewSummary | null {
  const [summary, setSummary] = useState<ReviewSummary | null>(null)
  useEffect(() => {
    let live = true
    const whenChecked = (counts: ReviewSummary): void => {
      if (counts.checked >= counts.total) setSummary(counts)
    }
    void followCounts(sessionId, whenChecked, () => live)
    return () => {
      live = false
    }
  }, [sessionId])
  return summary
}

/** Choosing where the rows go and starting the upload. */
export function SendSetup({ view, target }: { view: ImportView; target: TargetId }): ReactElement {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const { connections, load } = useConnections()
  const { start, busy } = useUpload()
  const goTo = useImport((state) => state.goTo)
  const go = useNavigation((state) => state.go)
  const summary = useReviewSummary(view.sessionId)
  const service = SERVICE_OF_TARGET[target]
  const choices = (connections ?? []).filter((c) => c.service === service)
  const [connectionId, setConnectionId] = useState('')
  const [blockDuplicates, setBlockDuplicates] = useState(false)
  const [language, setLanguage] = useState('')
  useEffect(() => {
    void load()
  }, [load])
  const chosen = choices.find((c) => c.id === connectionId) ?? choices[0]

  async function send(): Promise<void> {
    if (!chosen) return
    const ok = await start({
      sessionId: view.sessionId,
      connectionId: chosen.id,
      ...(target === 'products:create' ? { blockDuplicates } : {}),
      ...(target === 'customers:create' && language.trim() !== '' ? { language: language.trim() } : {})
    })
    if (ok) goTo('upload')
  }

  return (
    <section className="card card-padded" aria-labelledby="send-setup-title">
      <h2 id="send-setup-title" className="card-title">
        {t('upload.setup.title')}
      </h2>
      {choices.length === 0 && connections !== null ? (
        <div className="notice notice-warn">
          <p>{t('upload.setup.noConnection', { service: t(`services.${service}`) })}</p>
          <button type="button" className="button button-small align-start" onClick={() => go('connections')}>
            {t('upload.setup.openConnections')}
          </button>
        </div>
      ) : (
        <label className="field">
          <span className="field-label">{t('upload.setup.connection')}</span>
          <select value={chosen?.id ?? ''} onChange={(event) => setConnectionId(event.target.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.practice ? `${connectionName(c.id, c.name)} · ${t('app.practiceBadge')}` : c.name}
              </option>
            ))}
          </select>
          {chosen?.practice ? <span className="field-help">{t('upload.setup.connectionHelp')}</span> : null}
        </label>
      )}
      {target === 'products:create' ? (
        <label className="checkbox">
          <input type="checkbox" checked={blockDuplicates} onChange={(event) => setBlockDuplicates(event.target.checked)} />
          <span>
            <span className="strong">{t('upload.setup.blockDuplicates')}</span>
            <span className="field-help block">{t('upload.setup.blockDuplicatesHelp')}</span>
          </span>
        </label>
      ) : null}
      {target === 'customers:create' ? (
        <label className="field">
          <span className="field-label">{t('upload.setup.language')}</span>
          <input value={language} maxLength={20} onChange={(event) => setLanguage(event.target.value)} placeholder="ko" />
          <span className="field-help">{t('upload.setup.languageHelp')}</span>
        </label>
      ) : null}
      {summary ? (
        <p aria-live="polite">
          <span className="strong">{t('upload.setup.ready', { ready: summary.ready })}</span>{' '}
          {summary.needsAttention > 0 ? <span className="muted">{t('upload.setup.skipped', { count: summary.needsAttention })}</span> : null}
        </p>
      ) : null}
      <div className="step-footer">
        <button type="button" className="button" onClick={() => goTo('review')}>
          {t('upload.setup.back')}
        </button>
        <button type="button" className="button button-primary" disabled={!chosen || busy || summary === null || summary.ready === 0} onClick={() => void send()}>
          {t('upload.setup.start')}
        </button>
      </div>
    </section>
  )
}
