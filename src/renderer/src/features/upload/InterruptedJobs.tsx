import { useEffect, useState, type ReactElement } from 'react'
import type { Failure } from '../../../../shared/errors'
import { useFailureText } from '../../i18n/use-localized'
import { ACCEPTED_FILES } from '../import/file-step/accepted-files'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../app/navigation-store'
import { useFormat } from '../../i18n/use-format'
import { useImport } from '../import/import-store'
import { openSheetFile } from '../import/open-sheet-file'
import { useUpload } from './upload-store'
import { useConnectionName } from '../connections/use-connection-name'

/**
 * After a crash, a kill or a closed laptop, offers to continue the uploads
 * that did not finish. Continuing never resends a row whose outcome is
 * known; rows that were in flight are checked with the service first.
 */
export function InterruptedJobs(): ReactElement | null {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const format = useFormat()
  const failureText = useFailureText()
  const { interrupted, loadInterrupted, continueJob, busy, failure } = useUpload()
  const [fileProblem, setFileProblem] = useState<Failure | null>(null)
  const goTo = useImport((state) => state.goTo)
  const go = useNavigation((state) => state.go)
  useEffect(() => {
    void loadInterrupted()
  }, [loadInterrupted])
  const [job] = interrupted
  if (!job) return null
  const done = job.total - job.counts.queued - job.counts['in-flight']
  async function onContinue(jobId: string, sessionId?: string): Promise<void> {
    if (await continueJob(jobId, sessionId)) {
      go('import')
      goTo('upload')
    }
  }
  /** The passwords were not kept: the same spreadsheet, opened again, gives them back. */
  async function onFile(jobId: string, file: File | undefined): Promise<void> {
    if (!file) return
    const opened = await openSheetFile(file)
    setFileProblem(opened.ok ? null : opened)
    if (opened.ok) await onContinue(jobId, opened.data.sessionId)
  }
  const problem = fileProblem ?? (failure && failure.code.startsWith('jobs.resume') ? failure : null)
  const needsFile = problem?.code === 'jobs.resume-needs-file'
  return (
    <section className="notice notice-warn interrupted" role="region" aria-labelledby="interrupted-title">
      <h2 id="interrupted-title" className="card-title">
        {t('upload.interrupted.title')}
      </h2>
      <p>
        {t('upload.interrupted.body', { fileName: job.fileName, connection: connectionName(job.connectionId, job.connectionName), done: format.number(done), total: format.number(job.total) })}
      </p>
      {problem ? (
        <p role="alert" className="strong">
          {failureText(problem)}
        </p>
      ) : null}
      <div className="row-actions">
        {needsFile ? (
          <label className="button button-primary button-small">
            {t('upload.interrupted.chooseFile')}
            <input type="file" className="visually-hidden" accept={ACCEPTED_FILES} disabled={busy} onChange={(event) => void onFile(job.jobId, event.target.files?.[0])} />
          </label>
        ) : (
          <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void onContinue(job.jobId)}>
            {t('upload.interrupted.continue')}
          </button>
        )}
      </div>
    </section>
  )
}
