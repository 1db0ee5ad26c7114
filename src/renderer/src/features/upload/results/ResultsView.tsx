import { useEffect, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { useFailureText } from '../../../i18n/use-localized'
import { JobProgress } from '../JobProgress'
import { isEnded } from '../row-states'
import { ReasonGroups } from './ReasonGroups'
import { ReportAction } from './ReportAction'
import { ResendAction } from './ResendAction'
import { ResultRowDetails } from './ResultRowDetails'
import { ResultsFilterBar } from './ResultsFilterBar'
import { ResultsGrid } from './ResultsGrid'
import { ResultsHeadline } from './ResultsHeadline'
import { ResultsSuccess } from './ResultsSuccess'
import { useResults } from './results-store'
import { allWentThrough, fixableCount, isSending } from './row-words'

/** How the results view is placed: the file open in the import flow, and what its buttons lead to. */
export interface ResultsViewProps {
  readonly job: JobView
  /** The import session open in the import flow, if any: its rows can be fixed here when it holds this job's. */
  readonly sessionId: string | null
  /** Where "Import another file" leads; no button without it. */
  readonly onNewImport?: () => void
  /** Called once a resend or continue started a job, which the import flow then follows. */
  readonly onFollow?: () => void
}

/**
 * One upload's results, for the import flow and History alike: while rows
 * are being sent, the progress; then the outcome in numbers, the causes of
 * failure grouped, sending again and the failure report, and every row in a
 * grid that updates by itself while the service is still processing rows.
 */
export function ResultsView({ job, sessionId, onNewImport, onFollow }: ResultsViewProps): ReactElement {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const { open, receive, columns, reasons, list, session, activeRow, failure } = useResults()
  const { jobId } = job
  useEffect(() => {
    void open(job, sessionId)
    // Opened once per job and file: the job's later views reach the store as progress events.
  }, [open, jobId, sessionId])
  useEffect(() => receive(job), [receive, job])
  const ended = isEnded(job.status)
  const sending = isSending(job)
  const success = allWentThrough(job)
  const fixable = fixableCount(job)
  return (
    <div className="results">
      {failure ? (
        <p role="alert" className="notice notice-error">
          {failureText(failure)}
        </p>
      ) : null}
      {sending ? <JobProgress job={job} /> : success ? <ResultsSuccess job={job} {...(onNewImport ? { onNewImport } : {})} /> : <ResultsHeadline job={job} />}
      {!sending && !success ? (
        <section className="card card-padded results-actions" aria-label={t('results.actionsLabel')}>
          {fixable > 0 || job.resumable ? <ResendAction job={job} session={session} {...(onFollow ? { onFollow } : {})} /> : null}
          <ReportAction key={jobId} job={job} />
        </section>
      ) : null}
      {reasons.length > 0 ? <ReasonGroups groups={reasons} ended={ended} /> : null}
      {columns ? (
        <>
          <h2 className="section-title">{t('results.rowsTitle')}</h2>
          <ResultsFilterBar job={job} />
          {fixable > 0 ? <p className="field-help results-edit-line">{session !== null ? t('results.editHint') : t('results.readOnly')}</p> : null}
          <ResultsGrid job={job} columns={columns} list={list} />
          <ResultRowDetails row={activeRow} job={job} columns={columns} />
        </>
      ) : null}
    </div>
  )
}
