import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionSummary } from '../../../../shared/app-types'
import { InlineConfirm } from '../../components/InlineConfirm'
import { ConnectionStatus } from './ConnectionStatus'
import { useConnections } from './connections-store'
import { useConnectionName } from './use-connection-name'

/** Test, edit and remove (practice connections can only be tested); removal asks first, in the row. */
function RowActions({ connection }: { connection: ConnectionSummary }): ReactElement {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const { testing, confirmingRemoval, test, openEditor, askRemoval, remove } = useConnections()
  const name = connectionName(connection.id, connection.name)
  if (confirmingRemoval === connection.id) {
    return (
      <InlineConfirm
        id={`remove-${connection.id}`}
        question={t('connections.remove.confirm', { name })}
        confirm={t('connections.remove.confirmButton')}
        keep={t('connections.remove.keep')}
        onConfirm={() => void remove(connection)}
        onKeep={() => askRemoval(null)}
      />
    )
  }
  const busy = testing.has(connection.id)
  return (
    <div className="row-actions">
      <button type="button" className="button button-small" onClick={() => void test(connection)} disabled={busy} aria-label={t('connections.actions.testNamed', { name })}>
        {busy ? t('connections.actions.testing') : t('connections.actions.test')}
      </button>
      {connection.practice ? null : (
        <>
          <button type="button" className="button button-small" onClick={() => openEditor({ mode: 'edit', id: connection.id })} aria-label={t('connections.actions.editNamed', { name })}>
            {t('connections.actions.edit')}
          </button>
          <button type="button" className="button button-small" onClick={() => askRemoval(connection.id)} aria-label={t('connections.actions.removeNamed', { name })}>
            {t('connections.actions.remove')}
          </button>
        </>
      )}
    </div>
  )
}

/** One connection in the list: name (practice ones badged and explained), service, address, status, actions. */
export function ConnectionRow({ connection }: { connection: ConnectionSummary }): ReactElement {
  const { t } = useTranslation()
  const connectionName = useConnectionName()
  return (
    <tr data-connection={connection.id}>
      <td className="strong">
        {connectionName(connection.id, connection.name)}
        {connection.practice ? <span className="badge">{t('app.practiceBadge')}</span> : null}
        {connection.practice ? <p className="field-help connection-note">{t('connections.practiceLine')}</p> : null}
      </td>
      <td>{t(`services.${connection.service}`)}</td>
      <td className="mono connection-address">{connection.baseUrl}</td>
      <td>
        <ConnectionStatus connection={connection} />
      </td>
      <td>
        <RowActions connection={connection} />
      </td>
    </tr>
  )
}
