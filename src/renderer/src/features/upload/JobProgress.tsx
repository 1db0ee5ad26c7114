import { useEffect, useRef, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../shared/jobs'
import { useFormat } from '../../i18n/use-format'
import { ProgressBar } from './ProgressBar'
import { isEnded } from './row-states'
import { useUpload } from './upload-store'
import { useConnectionName } from '../connections/use-connection-name'

/** What a screen reader hears: the status when it changes, and the count every tenth of the way. */
function useAnnouncement(job: JobView): string {
  const { t } = useTranslation()
  const format = useFormat()
  const [text, setText] = useState('')
  const last = useRef({ status: '', tenth: -1 })
  const done = job.total - job.counts.queued - job.counts['in-flight']
  const tenth = job.total === 0 ? 10 : Math.floor((done / job.total) * 10)
  useEffect(() => {
    if (job.status !== last.current.status || tenth !== last.current.tenth) {
      last.current = { status: job.status, tenth }
      setText(`${t(`upload.status.${job.status}`)} ${t('upload.doneOf', { done: format.number(done), total: format.number(job.total) })}`)
    }
  }, [job.status, tenth, done, job.total, t, format])
  return text
}

/**
 * A running (or just finished) upload: the bar, the numbers, the pace and
 * the controls; with the way on (results, another file) where it stands
 * alone, as the Upload step.
 */
export function JobProgress({ job, next }: { job: JobView; next?: { onResults: () => void; onNewImport: () => void } }): ReactElement {
  const connectionName = useConnectionName()
  const { t } = useTranslation()
  const format = useFormat()
  const { pause, resume, cancel, busy } = useUpload()
  const announcement = useAnnouncement(job)
  const ended = isEnded(job.status)
  const sending = job.counts.queued + job.counts['in-flight'] > 0
  // Everything is sent and the service is still processing some of it: the run is confirming, not uploading.
  const confirming = job.status === 'running' && !sending && job.counts.pending > 0
  return (
    <section className="card card-padded job-card" aria-labelledby="job-title">
      <div className="job-head">
        <div>
          <h2 id="job-title" className="card-title">
            {confirming ? t('upload.status.confirming') : t(`upload.status.${job.status}`)}
          </h2>
          <p className="muted">
            {job.fileName} → {connectionName(job.connectionId, job.connectionName)}
          </p>
        </div>
        <div className="job-actions">
          {job.status === 'running' ? (
            <button type="button" className="button" disabled={busy} onClick={() => void pause(job.jobId)}>
              {t('upload.pause')}
            </button>
          ) : null}
          {job.status === 'paused' ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void resume(job.jobId)}>
              {t('upload.resume')}
            </button>
          ) : null}
          {job.status === 'running' || job.status === 'paused' ? (
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void cancel(job.jobId)}>
              {t('upload.cancel')}
            </button>
          ) : null}
        </div>
      </div>
      {job.pauseMessage && job.status === 'paused' ? <p className="notice notice-warn">{job.pauseMessage}</p> : null}
      {job.status === 'halted' && job.problem ? <p className="notice notice-error">{t('upload.halted', { problem: job.problem })}</p> : null}
      <ProgressBar job={job} />
      <p className="job-stats muted">
        <span>{t('upload.requests', { value: format.number(job.requests) })}</span>
        {!ended && sending ? <span>{t('upload.rate', { rate: format.number(job.ratePerSecond) })}</span> : null}
        {!ended && sending ? <span>{job.etaMs === null ? t('upload.etaUnknown') : t('upload.eta', { time: format.duration(job.etaMs) })}</span> : null}
      </p>
      {!ended && !sending && job.counts.pending > 0 ? <p className="notice notice-info">{t('upload.tracking', { confirmed: job.confirming?.confirmed ?? 0, of: job.confirming?.of ?? job.counts.pending })}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {next ? (
        <div className="step-footer">
          <button type="button" className="button" onClick={next.onNewImport}>
            {t('upload.newImport')}
          </button>
          <button type="button" className={ended ? 'button button-primary' : 'button'} onClick={next.onResults}>
            {t('upload.seeResults')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
