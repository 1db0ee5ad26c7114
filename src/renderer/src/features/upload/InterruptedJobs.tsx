import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../app/navigation-store'
import { useFormat } from '../../i18n/use-format'
import { useImport } from '../import/import-store'
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
  const { interrupted, loadInterrupted, continueJob, busy } = useUpload()
  const goTo = useImport((state) => state.goTo)
  const go = useNavigation((state) => state.go)
  useEffect(() => {
    void loadInterrupted()
  }, [loadInterrupted])
  const [job] = interrupted
  if (!job) return null
  const done = job.total - job.counts.queued - job.counts['in-flight']
  async function onContinue(jobId: string): Promise<void> {
    if (await continueJob(jobId)) {
      go('import')
      goTo('upload')
    }
  }
  return (
    <section className="notice notice-warn interrupted" role="region" aria-labelledby="interrupted-title">
      <h2 id="interrupted-title" className="card-title">
        {t('upload.interrupted.title')}
      </h2>
      <p>
        {t('upload.interrupted.body', { fileName: job.fileName, connection: connectionName(job.connectionId, job.connectionName), done: format.number(done), total: format.number(job.total) })}
      </p>
      <div className="row-actions">
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void onContinue(job.jobId)}>
          {t('upload.interrupted.continue')}
        </button>
      </div>
    </section>
  )
}
