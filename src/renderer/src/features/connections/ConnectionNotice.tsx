import type { ReactElement, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionSummary } from '../../../../shared/app-types'
import { useConnections, type Notice } from './connections-store'
import { useConnectionFailureText } from './failure-text'
import { useConnectionName } from './use-connection-name'

/** What a test found, what it means and what to do, with the service's own words when it gave any. */
function TestResult({ connection }: { connection: ConnectionSummary }): ReactElement | null {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const result = connection.lastTest
  if (result === undefined) return null
  return (
    <div className={`notice ${result.outcome === 'worked' ? 'notice-ok' : 'notice-error'} connection-result`}>
      <p className="strong">{t('connections.resultTitle', { name: connectionName(connection.id, connection.name) })}</p>
      <p>{t(`connections.outcome.${result.outcome}`, { service: t(`connections.serviceNames.${connection.service}`) })}</p>
      {result.detail ? (
        <p className="connection-detail">
          <span className="strong">{t('connections.detailLabel')}: </span>
          <span lang="en">{result.detail}</span>
        </p>
      ) : null}
    </div>
  )
}

function NoticeBody({ notice }: { notice: Notice }): ReactElement | null {
  const { t } = useTranslation()
  const failureText = useConnectionFailureText()
  if (notice.kind === 'tested') return <TestResult connection={notice.connection} />
  if (notice.kind === 'failed') return <p className="notice notice-error">{failureText(notice.failure)}</p>
  if (notice.kind === 'saved') return <p className="notice notice-ok">{t('connections.saved', { name: notice.name })}</p>
  return <p className="notice notice-info">{t('connections.remove.removed', { name: notice.name })}</p>
}

/**
 * The screen's status line: the last save, removal or test, announced to
 * screen readers as it changes (the region itself is always present, so the
 * announcement is not lost).
 */
export function ConnectionNotice({ focusRef }: { focusRef: Ref<HTMLDivElement> }): ReactElement {
  const notice = useConnections((state) => state.notice)
  return (
    <div role="status" aria-live="polite" ref={focusRef} tabIndex={-1} className="connection-notice">
      {notice ? <NoticeBody notice={notice} /> : null}
    </div>
  )
}
