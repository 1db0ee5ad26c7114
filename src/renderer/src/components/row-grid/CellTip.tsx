import { useEffect, useReducer, type ReactElement, type RefObject } from 'react'
import { HEADER_HEIGHT } from './layout'
import type { CellMark } from './types'

/** A reason shown next to a cell: which mark, and the cell it belongs to. */
export interface TipState {
  readonly mark: CellMark
  readonly cell: HTMLElement
}

/** Room the tip needs under its cell before it goes above instead. */
const TIP_ROOM = 96
/** The widest a tip gets; it moves left rather than run off the window. */
const TIP_WIDTH = 380
const MARGIN = 8

/**
 * The reason of a marked cell, floating under it (above it near the bottom
 * of the window), outside the grid's scroll box so it is never clipped. It
 * follows its cell as the grid scrolls and hides while the cell is out of
 * view. Screen readers get the same text inside the cell itself.
 */
export function CellTip({ tip, scroller }: { tip: TipState | null; scroller: RefObject<HTMLElement | null> }): ReactElement | null {
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    const box = scroller.current
    if (tip === null || box === null) return
    box.addEventListener('scroll', redraw, { passive: true })
    window.addEventListener('resize', redraw)
    return () => {
      box.removeEventListener('scroll', redraw)
      window.removeEventListener('resize', redraw)
    }
  }, [tip, scroller])

  const box = scroller.current?.getBoundingClientRect()
  if (tip === null || box === undefined || !tip.cell.isConnected) return null
  const rect = tip.cell.getBoundingClientRect()
  if (rect.bottom <= box.top + HEADER_HEIGHT || rect.top >= box.bottom || rect.right <= box.left || rect.left >= box.right) return null
  const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - TIP_WIDTH - MARGIN))
  const below = rect.bottom + TIP_ROOM < window.innerHeight
  const style = below ? { left, top: rect.bottom + 6, maxWidth: TIP_WIDTH } : { left, bottom: window.innerHeight - rect.top + 6, maxWidth: TIP_WIDTH }
  return (
    <div className={`rg-tip rg-tip-${tip.mark.severity}`} style={style} aria-hidden="true">
      {tip.mark.message}
    </div>
  )
}
