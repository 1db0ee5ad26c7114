import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionSummary } from '../../../../shared/app-types'
import { PageHeader } from '../../components/PageHeader'
import { useConnections } from './connections-store'

function ConnectionStatus({ connection }: { connection: ConnectionSummary }): ReactElement {
  const { t } = useTranslation()
  if (connection.practice) return <span className="pill pill-practice">{t('connections.status.practice')}</span>
  return connection.hasSecret ? (
    <span className="pill pill-ok">{t('connections.status.keySaved')}</span>
  ) : (
    <span className="pill pill-warn">{t('connections.status.noKey')}</span>
  )
}

/** Lists where imports can go; keys themselves never reach this screen. */
export function ConnectionsScreen(): ReactElement {
  const { t } = useTranslation()
  const { connections, error, load } = useConnections()
  useEffect(() => {
    void load()
  }, [load])
  return (
    <>
      <PageHeader title={t('connections.title')} subtitle={t('connections.subtitle')} />
      {error ? <p role="alert" className="notice notice-error">{t([`errors.${error}`, 'errors.generic'])}</p> : null}
      <p className="notice notice-info">{t('connections.practiceHint')}</p>
      {connections === null ? (
        <p aria-live="polite">{t('connections.loading')}</p>
      ) : connections.length === 0 ? (
        <p>{t('connections.empty')}</p>
      ) : (
        <div className="card">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('connections.columns.name')}</th>
                <th scope="col">{t('connections.columns.service')}</th>
                <th scope="col">{t('connections.columns.address')}</th>
                <th scope="col">{t('connections.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {connections.map((connection) => (
                <tr key={connection.id}>
                  <td className="strong">
                    {connection.name}
                    {connection.practice ? <span className="badge">{t('app.practiceBadge')}</span> : null}
                  </td>
                  <td>{t(`services.${connection.service}`)}</td>
                  <td className="mono">{connection.baseUrl}</td>
                  <td>
                    <ConnectionStatus connection={connection} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
