import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../shared/jobs'
import { InlineConfirm } from '../../components/InlineConfirm'
import { isEnded } from '../upload/row-states'
import { JobCounts } from '../upload/results/JobCounts'
import { useHistory } from './history-store'
import { useJobWords } from './job-words'
import { StatusPill } from './StatusPill'
import { useConnectionName } from '../connections/use-connection-name'

/** Open, continue (when interrupted), check again (ended with rows still processing at the service) and delete (asking first; not while it runs). */
function RowActions({ job, onContinue }: { job: JobView; onContinue(job: JobView): void }): ReactElement {
  const { t } = useTranslation()
  const words = useJobWords()
  const { open, confirmingDelete, askDelete, remove } = useHistory()
  const named = { fileName: job.fileName, time: words.started(job) }
  if (confirmingDelete === job.jobId) {
    return (
      <InlineConfirm
        id={`delete-${job.jobId}`}
        question={t('history.delete.confirm')}
        confirm={t('history.delete.yes')}
        keep={t('history.delete.no')}
        onConfirm={() => void remove(job)}
        onKeep={() => askDelete(null)}
      />
    )
  }
  return (
    <div className="row-actions">
      <button type="button" className="button button-small" data-open={job.jobId} aria-label={t('history.openNamed', named)} onClick={() => open(job.jobId)}>
        {t('history.open')}
      </button>
      {job.resumable ? (
        <button type="button" className="button button-small button-primary" aria-label={t('history.continueNamed', named)} onClick={() => onContinue(job)}>
          {t('history.continue')}
        </button>
      ) : null}
      {!job.resumable && isEnded(job.status) && job.counts.pending > 0 ? (
        <button type="button" className="button button-small button-primary" aria-label={t('history.checkAgainNamed', named)} onClick={() => onContinue(job)}>
          {t('history.checkAgain')}
        </button>
      ) : null}
      {isEnded(job.status) ? (
        <button type="button" className="button button-small" aria-label={t('history.delete.named', named)} onClick={() => askDelete(job.jobId)}>
          {t('history.delete.button')}
        </button>
      ) : null}
    </div>
  )
}

/** One past (or running) upload: the file and where it went, its rows in words and numbers, when and how long, its status. */
export function HistoryRow({ job, parent, onContinue }: { job: JobView; parent: JobView | undefined; onContinue(job: JobView): void }): ReactElement {
  const connectionName = useConnectionName()
  const words = useJobWords()
  const resendOf = words.resendOf(job, parent)
  return (
    <tr data-job={job.jobId}>
      <td>
        <span className="strong history-file">{job.fileName}</span>
        {resendOf ? <span className="history-meta history-resend">{resendOf}</span> : null}
        <span className="history-meta">
          {words.target(job)} · {connectionName(job.connectionId, job.connectionName)}
        </span>
      </td>
      <td>
        <JobCounts job={job} compact />
      </td>
      <td className="history-when">
        <span>{words.started(job)}</span>
        <span className="history-meta">{words.took(job)}</span>
      </td>
      <td>
        <StatusPill job={job} />
      </td>
      <td>
        <RowActions job={job} onContinue={onContinue} />
      </td>
    </tr>
  )
}
