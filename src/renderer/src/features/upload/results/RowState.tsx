import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { StateIcon } from './StateIcon'
import type { ShownState } from './row-words'

/** A row's state as an icon and a word (colour is never the only signal), e.g. in the grid's status column. */
export function RowState({ state, note }: { state: ShownState; note?: string }): ReactElement {
  const { t } = useTranslation()
  return (
    <span className={`row-state state-fg-${state}`}>
      <StateIcon state={state} />
      <span>{t(`results.states.${state}`)}</span>
      {note ? <span className="row-state-note">· {note}</span> : null}
    </span>
  )
}
