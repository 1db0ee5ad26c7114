import type { ReactElement } from 'react'

const SHAPES = {
  error: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v5m0 3.5v.5',
  warning: 'M12 3.5 2.8 19.5h18.4L12 3.5Zm0 6v4.5m0 2.8v.4',
  ok: 'M20 6 9 17l-5-5'
} as const

/**
 * The shape that says what kind of mark a cell or row has — a circle for an
 * error, a triangle for a warning, a tick for ready — so colour is never
 * the only signal. Decorative: the text beside it speaks.
 */
export function MarkIcon({ kind, size = 15 }: { kind: keyof typeof SHAPES; size?: number }): ReactElement {
  return (
    <svg className={`mark-icon mark-${kind}`} width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={SHAPES[kind]} />
    </svg>
  )
}
