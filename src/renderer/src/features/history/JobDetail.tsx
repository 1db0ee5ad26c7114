import { useEffect, useRef, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../shared/jobs'
import { useNavigation } from '../../app/navigation-store'
import { InlineConfirm } from '../../components/InlineConfirm'
import { useImport } from '../import/import-store'
import { isEnded } from '../upload/row-states'
import { ResultsView } from '../upload/results/ResultsView'
import { useHistory } from './history-store'
import { useJobWords } from './job-words'

/**
 * A past upload opened from History: what it was, and its results view —
 * rows and reasons, the report again, sending again (editable when its file
 * is open in Import), continuing; deleting it with its record, asking first.
 * Sending again or continuing is then followed in the import flow.
 */
export function JobDetail({ job, parent }: { job: JobView; parent: JobView | undefined }): ReactElement {
  const { t } = useTranslation()
  const words = useJobWords()
  const { open, confirmingDelete, askDelete, remove } = useHistory()
  const sessionId = useImport((state) => state.view?.sessionId ?? null)
  const goTo = useImport((state) => state.goTo)
  const go = useNavigation((state) => state.go)
  const title = useRef<HTMLHeadingElement>(null)
  useEffect(() => title.current?.focus(), [job.jobId])
  const resendOf = words.resendOf(job, parent)
  const follow = (): void => {
    go('import')
    goTo('results')
  }
  return (
    <>
      <div className="history-detail-head">
        <button type="button" className="button button-small" onClick={() => open(null)}>
          <span aria-hidden="true">←</span> {t('history.back')}
        </button>
        {isEnded(job.status) ? (
          confirmingDelete === job.jobId ? (
            <InlineConfirm
              id="delete-opened"
              question={t('history.delete.confirm')}
              confirm={t('history.delete.yes')}
              keep={t('history.delete.no')}
              onConfirm={() => void remove(job)}
              onKeep={() => askDelete(null)}
            />
          ) : (
            <button type="button" className="button button-small button-danger" onClick={() => askDelete(job.jobId)}>
              {t('history.delete.this')}
            </button>
          )
        ) : null}
      </div>
      <div className="history-detail-title">
        <h2 ref={title} tabIndex={-1}>
          {job.fileName}
        </h2>
        <p className="muted">
          {[words.target(job), words.started(job), words.took(job), resendOf].filter(Boolean).join(' · ')}
        </p>
      </div>
      <ResultsView job={job} sessionId={sessionId} onFollow={follow} onNewImport={() => go('import')} />
    </>
  )
}
