import type { ReactElement } from 'react'
import type { ShownState } from './row-words'

const CIRCLE = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z'

/** One shape per row state, so the state reads without its colour. */
const SHAPES: Readonly<Record<ShownState, string>> = {
  accepted: 'M20 6 9 17l-5-5',
  pending: `${CIRCLE}M12 7.5V12l3 2`,
  failed: `${CIRCLE}m-3-12 6 6m0-6-6 6`,
  unknown: `${CIRCLE}M9.6 9.4a2.5 2.5 0 1 1 3.4 2.4c-.6.3-1 .8-1 1.4v.6m0 2.8v.2`,
  invalid: `${CIRCLE}M12 7.5v5.5m0 3.2v.3`,
  notSent: `${CIRCLE}M8 12h8`,
  queued: `${CIRCLE}M8.5 12h.01M12 12h.01M15.5 12h.01`,
  'in-flight': 'M4 12h15m-5-6 6 6-6 6'
}

/** The icon of a row state, coloured by state; decorative, since the state's word is always next to it. */
export function StateIcon({ state, size = 15 }: { state: ShownState; size?: number }): ReactElement {
  return (
    <svg className={`state-icon state-fg-${state}`} width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={SHAPES[state]} />
    </svg>
  )
}
