import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { countParts } from './row-words'
import { StateIcon } from './StateIcon'

/**
 * A job's rows per state in words and numbers — "1,204 went through · 30
 * failed · 7 not sent" — each with its state's icon. The parts always add up
 * to the rows in the job. Large in the results headline, compact in History.
 */
export function JobCounts({ job, compact = false }: { job: JobView; compact?: boolean }): ReactElement {
  const { t } = useTranslation()
  const parts = countParts(job)
  return (
    <span className={compact ? 'job-counts compact' : 'job-counts'}>
      {parts.length === 0 ? <span className="muted">{t('results.counts.none')}</span> : null}
      {parts.map((part, n) => (
        <span key={part.state} className={`job-count state-fg-${part.shown}`} data-state={part.state} data-count={part.count}>
          {n > 0 ? (
            <span className="job-count-sep" aria-hidden="true">
              ·
            </span>
          ) : null}
          <StateIcon state={part.shown} size={compact ? 13 : 16} />
          {t(`results.counts.${part.shown}`, { count: part.count })}
        </span>
      ))}
    </span>
  )
}
