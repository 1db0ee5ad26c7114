import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReasonGroup } from '../../../../../shared/jobs'
import { ReasonText } from './ReasonText'
import { useResults } from './results-store'
import { RowState } from './RowState'
import { shownState } from './row-words'

/**
 * The rows that did not go through, grouped by cause, biggest first — "37
 * rows: email already used" with the suggested fix — each a toggle that
 * lists only its rows in the grid.
 */
export function ReasonGroups({ groups, ended }: { groups: readonly ReasonGroup[]; ended: boolean }): ReactElement {
  const { t } = useTranslation()
  const { list, setGroup } = useResults()
  return (
    <section className="card card-padded results-groups" aria-labelledby="results-groups-title">
      <div>
        <h2 id="results-groups-title" className="card-title">
          {t('results.groups.title')}
        </h2>
        <p className="field-help">{t('results.groups.help')}</p>
      </div>
      <ul className="reason-groups">
        {groups.map((group) => {
          const chosen = list.group?.key === group.key
          return (
            <li key={group.key}>
              <button type="button" className="reason-group" aria-pressed={chosen} onClick={() => setGroup(chosen ? null : group)}>
                <span className="reason-count">{t('results.groups.rows', { count: group.count })}</span>
                <ReasonText reason={group.reason} />
                <RowState state={shownState(group.state, ended)} />
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
