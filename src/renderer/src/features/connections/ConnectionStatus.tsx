import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionSummary } from '../../../../shared/app-types'
import { useFormat } from '../../i18n/use-format'

/** Whether the connection can be used as it stands, in words and colour (the words alone suffice). */
function pillOf(connection: ConnectionSummary): { className: string; key: string } {
  const outcome = connection.lastTest?.outcome
  if (outcome === 'worked') return { className: 'pill-ok', key: 'connections.outcomePill.worked' }
  if (outcome !== undefined) return { className: 'pill-error', key: `connections.outcomePill.${outcome}` }
  if (connection.practice) return { className: 'pill-practice', key: 'connections.status.practice' }
  const needsKey = connection.service !== 'occ' || connection.occMode === 'admin'
  if (needsKey && !connection.hasSecret) return { className: 'pill-warn', key: 'connections.status.noKey' }
  return { className: 'pill-neutral', key: 'connections.status.notTested' }
}

/** A connection's status pill and, once tested, when. */
export function ConnectionStatus({ connection }: { connection: ConnectionSummary }): ReactElement {
  const { t } = useTranslation()
  const format = useFormat()
  const pill = pillOf(connection)
  return (
    <div className="connection-status">
      <span className={`pill ${pill.className}`}>{t(pill.key)}</span>
      {connection.lastTestedAt ? <span className="field-help">{t('connections.status.testedAt', { time: format.dateTime(connection.lastTestedAt) })}</span> : null}
    </div>
  )
}
