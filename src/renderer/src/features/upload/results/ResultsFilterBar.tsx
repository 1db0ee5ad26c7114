import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobRowFilter, JobView } from '../../../../../shared/jobs'
import { useLocalized } from '../../../i18n/use-localized'
import { isEnded, SHOWN_STATES } from '../row-states'
import { reasonParts } from './reason-parts'
import { useResults } from './results-store'
import { problemCount, shownState } from './row-words'

/** All rows, the ones needing attention, or one state's (only states that have rows), with counts; and the group shown, if one is. */
export function ResultsFilterBar({ job }: { job: JobView }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { list, setFilter, setGroup } = useResults()
  const ended = isEnded(job.status)
  const options: { filter: JobRowFilter; label: string; count: number }[] = [
    { filter: 'all', label: t('results.filter.all'), count: job.total },
    { filter: 'problems', label: t('results.filter.problems'), count: problemCount(job) },
    ...SHOWN_STATES.filter((state) => job.counts[state] > 0 || list.filter === state).map((state) => ({ filter: state, label: t(`results.states.${shownState(state, ended)}`), count: job.counts[state] }))
  ]
  return (
    <div className="review-toolbar">
      <fieldset className="segmented results-filter">
        <legend className="visually-hidden">{t('results.filter.legend')}</legend>
        {options.map((option) => {
          const checked = list.group === null && list.filter === option.filter
          return (
            <label key={option.filter} className={checked ? 'selected' : undefined}>
              <input type="radio" name="results-filter" value={option.filter} checked={checked} onChange={() => setFilter(option.filter)} />
              {option.label}
              <span className="segmented-count">{t('results.filter.count', { count: option.count })}</span>
            </label>
          )
        })}
      </fieldset>
      {list.group ? (
        <p className="results-group-chip" role="status">
          <span>{t('results.groups.showing', { cause: reasonParts(localized(list.group.reason.message)).cause })}</span>
          <button type="button" className="button button-small" onClick={() => setGroup(null)}>
            {t('results.groups.clear')}
          </button>
        </p>
      ) : null}
    </div>
  )
}
