import { useEffect, useRef, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionsFileProblem } from '../../../../shared/app-types'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { useConnectionFailureText } from './failure-text'
import { ConnectionForm } from './ConnectionForm'
import { ConnectionNotice } from './ConnectionNotice'
import { ConnectionRow } from './ConnectionRow'
import { useConnections } from './connections-store'

/** Explains a damaged connections file and what was done about it. */
function FileProblem({ problem }: { problem: ConnectionsFileProblem }): ReactElement {
  const { t } = useTranslation()
  const text =
    problem.kind === 'unreadable-entries'
      ? t('connections.problems.unreadable', { count: problem.count })
      : problem.backupName === null
        ? t('connections.problems.damagedLocked')
        : t('connections.problems.damaged', { file: problem.backupName })
  return (
    <p role="alert" className="notice notice-warn">
      {text}
    </p>
  )
}

/**
 * Where imports go: the practice connections (badged, read-only) and the
 * user's own, each with its status, Test, Edit and Remove. Keys never reach
 * this screen; it only learns whether one is saved.
 */
export function ConnectionsScreen(): ReactElement {
  const { t } = useTranslation()
  const { connections, problem, loadFailure, editor, notice, load, openEditor } = useConnections()
  const failureText = useConnectionFailureText()
  const noticeRef = useRef<HTMLDivElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    void load()
  }, [load])
  // After a save or removal the form or row is gone; keyboard users continue from the status line.
  useEffect(() => {
    if (notice?.kind === 'saved' || notice?.kind === 'removed') noticeRef.current?.focus()
  }, [notice])
  // After Cancel, back to the button that opened the form (enabled again once the form is gone).
  const focusAddNext = useRef(false)
  useEffect(() => {
    if (editor !== null || !focusAddNext.current) return
    focusAddNext.current = false
    addRef.current?.focus()
  }, [editor])
  const cancel = (): void => {
    focusAddNext.current = true
    openEditor(null)
  }
  const editing = editor?.mode === 'edit' ? (connections?.find((c) => c.id === editor.id) ?? null) : null
  const own = connections?.filter((c) => !c.practice) ?? []
  const add = (
    <button type="button" ref={addRef} className="button button-primary" onClick={() => openEditor({ mode: 'add' })} disabled={editor !== null}>
      {t('connections.actions.add')}
    </button>
  )
  return (
    <>
      <PageHeader title={t('connections.title')} subtitle={t('connections.subtitle')}>
        {add}
      </PageHeader>
      {problem ? <FileProblem problem={problem} /> : null}
      {loadFailure ? (
        <div role="alert" className="notice notice-error connection-load-failure">
          <p>
            {t('connections.loadFailed')} {failureText(loadFailure)}
          </p>
          <button type="button" className="button button-small" onClick={() => void load()}>
            {t('connections.retry')}
          </button>
        </div>
      ) : null}
      <ConnectionNotice focusRef={noticeRef} />
      {editor !== null ? <ConnectionForm key={editor.mode === 'edit' ? editor.id : 'add'} editing={editing} onCancel={cancel} /> : null}
      {connections === null ? (
        loadFailure ? null : <p aria-live="polite">{t('connections.loading')}</p>
      ) : (
        <div className="card">
          <table className="table connections-table">
            <thead>
              <tr>
                <th scope="col">{t('connections.columns.name')}</th>
                <th scope="col">{t('connections.columns.service')}</th>
                <th scope="col">{t('connections.columns.address')}</th>
                <th scope="col">{t('connections.columns.status')}</th>
                <th scope="col">{t('connections.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {connections.map((connection) => (
                <ConnectionRow key={connection.id} connection={connection} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connections !== null && own.length === 0 && editor === null ? (
        <EmptyState
          icon="connections"
          title={t('connections.ownEmpty.title')}
          body={t('connections.ownEmpty.body')}
          action={
            <button type="button" className="button" onClick={() => openEditor({ mode: 'add' })}>
              {t('connections.actions.add')}
            </button>
          }
        />
      ) : null}
    </>
  )
}
