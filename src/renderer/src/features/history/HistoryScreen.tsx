import { useEffect, useRef, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/errors'
import type { JobView } from '../../../../shared/jobs'
import { useNavigation } from '../../app/navigation-store'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { useFailureText } from '../../i18n/use-localized'
import { useImport } from '../import/import-store'
import { useUpload } from '../upload/upload-store'
import { useHistory } from './history-store'
import { HistoryTable } from './HistoryTable'
import { JobDetail } from './JobDetail'

/**
 * Every upload, newest first (the CLI's too), each openable to see its rows
 * and export its report again; until the first one, it says what will
 * appear and how to start.
 */
export function HistoryScreen(): ReactElement {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const go = useNavigation((state) => state.go)
  const goTo = useImport((state) => state.goTo)
  const continueJob = useUpload((state) => state.continueJob)
  const checkAgain = useUpload((state) => state.checkAgain)
  const { jobs, openedId, notice, failure, load, open } = useHistory()
  const [continueFailure, setContinueFailure] = useState<Failure | null>(null)
  // Coming to History shows the list afresh (an upload opened before was left by going elsewhere).
  useEffect(() => {
    open(null)
    void load()
  }, [load, open])
  // Back from an opened upload, focus returns to its Open button in the list.
  const cameFrom = useRef<string | null>(null)
  useEffect(() => {
    if (openedId !== null) cameFrom.current = openedId
    else if (cameFrom.current !== null) {
      document.querySelector<HTMLElement>(`[data-open="${cameFrom.current}"]`)?.focus()
      cameFrom.current = null
    }
  }, [openedId])
  const opened = jobs?.find((job) => job.jobId === openedId)
  const onContinue = async (job: JobView): Promise<void> => {
    setContinueFailure(null)
    if (await (job.resumable ? continueJob(job.jobId) : checkAgain(job.jobId))) {
      go('import')
      goTo('results')
    } else setContinueFailure(useUpload.getState().failure)
  }
  return (
    <>
      <PageHeader title={t('history.title')} subtitle={t('history.subtitle')} />
      <p className={notice ? 'notice notice-ok' : 'visually-hidden'} role="status">
        {notice ? t('history.delete.done', { fileName: notice.fileName }) : ''}
      </p>
      {failure || continueFailure ? (
        <p role="alert" className="notice notice-error">
          {failureText((failure ?? continueFailure) as Failure)}
        </p>
      ) : null}
      {opened ? (
        <JobDetail job={opened} parent={jobs?.find((job) => job.jobId === opened.parentJobId)} />
      ) : jobs === null ? null : jobs.length === 0 ? (
        <EmptyState
          icon="history"
          title={t('history.emptyTitle')}
          body={t('history.emptyBody')}
          action={
            <button type="button" className="button button-primary" onClick={() => go('import')}>
              {t('history.emptyAction')}
            </button>
          }
        />
      ) : (
        <HistoryTable jobs={jobs} onContinue={(job) => void onContinue(job)} />
      )}
    </>
  )
}
