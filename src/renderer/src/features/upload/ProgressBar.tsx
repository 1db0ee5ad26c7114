import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../shared/jobs'
import { useFormat } from '../../i18n/use-format'
import { SHOWN_STATES, stateClass } from './row-states'

/**
 * The job's rows as one bar of coloured segments with a legend of words and
 * numbers beside it: the segments always add up to the rows in the file,
 * and every colour also has its count written out.
 */
export function ProgressBar({ job }: { job: JobView }): ReactElement {
  const { t } = useTranslation()
  const format = useFormat()
  const done = job.total - job.counts.queued - job.counts['in-flight']
  return (
    <div className="job-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('upload.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={done}
        aria-valuetext={t('upload.doneOf', { done: format.number(done), total: format.number(job.total) })}
      >
        {SHOWN_STATES.map((state) =>
          job.counts[state] > 0 ? <span key={state} className={`progress-segment ${stateClass(state)}`} style={{ flexGrow: job.counts[state] }} /> : null
        )}
      </div>
      <ul className="state-legend">
        {SHOWN_STATES.map((state) => (
          <li key={state} className={job.counts[state] === 0 ? 'empty' : undefined}>
            <span className={`state-dot ${stateClass(state)}`} aria-hidden="true" />
            <span>{t(`upload.states.${state}`)}</span>
            <span className="state-count">{format.number(job.counts[state])}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
