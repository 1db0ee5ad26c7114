import { useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { useFailureText } from '../../../i18n/use-localized'
import { isEnded } from '../row-states'
import { useUpload } from '../upload-store'
import { useResults } from './results-store'
import { ResultsAction } from './ResultsAction'
import { fixableCount } from './row-words'

/**
 * Sending the rows that did not go through again, as a new upload that
 * remembers each row's earlier attempts — with the changes made here when
 * the open file holds them — or continuing an upload that was interrupted.
 */
export function ResendAction({ job, session, onFollow }: { job: JobView; session: string | null; onFollow?: () => void }): ReactElement {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const { resend, continueJob, busy, failure } = useUpload()
  const [asked, setAsked] = useState(false)
  const problem = asked && failure ? (
    <p role="alert" className="notice notice-error">
      {failureText(failure)}
    </p>
  ) : null
  const { saving, settled } = useResults()
  const act = (request: () => Promise<boolean>): void => {
    setAsked(true)
    // Changes still on their way to the file are waited for, so they are what is sent.
    void settled()
      .then(request)
      .then((ok) => ok && onFollow?.())
  }
  const count = fixableCount(job)
  const ended = isEnded(job.status)
  if (job.resumable) {
    return (
      <ResultsAction title={t('results.resend.title')} noteId="results-continue-note" note={t('results.resend.continueNote')}>
        <button type="button" className="button button-primary align-start" disabled={busy} aria-describedby="results-continue-note" onClick={() => act(() => continueJob(job.jobId))}>
          {t('results.resend.continue')}
        </button>
        {problem}
      </ResultsAction>
    )
  }
  const note = !ended ? t('results.resend.afterEnd') : count === 0 ? t('results.resend.nothing') : session !== null ? t('results.resend.withChanges') : t('results.resend.asTheyWere')
  return (
    <ResultsAction title={t('results.resend.title')} noteId="results-resend-note" note={note}>
      <button type="button" className="button button-primary align-start" disabled={busy || saving > 0 || !ended || count === 0} aria-describedby="results-resend-note" onClick={() => act(() => resend(job.jobId, session))}>
        {t('results.resend.button', { count })}
      </button>
      {problem}
    </ResultsAction>
  )
}
