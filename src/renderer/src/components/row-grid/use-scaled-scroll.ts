import { useEffect, useLayoutEffect, useReducer, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { ScaledScroller } from './scaled-scroller'
import { canvasHeight, isScaled, rowTop } from './scroll-scale'

/** The row virtualizer's scroll element for the grid, and what to draw this render with. */
export interface ScaledScroll {
  readonly scroller: ScaledScroller
  /** The scrolling content's height. */
  readonly height: number
  /** Where to draw a row of `size` px at virtual `start` this render. */
  place(start: number, size: number): number
}

/**
 * The grid's ScaledScroller for rows `fullHeight` px tall (header
 * included): keeps it told the height, redraws the grid when it asks, and
 * lets it take over the wheel while the rows are scaled.
 */
export function useScaledScroll(box: RefObject<HTMLElement | null>, fullHeight: number): ScaledScroll {
  const [, bump] = useReducer((n: number) => n + 1, 0)
  const [scroller] = useState(() => new ScaledScroller((sync) => (sync ? flushSync(bump) : bump())))
  // A plain number derived from the props: read by the scroller in events and effects after this render.
  scroller.fullHeight = fullHeight
  const shift = scroller.shift
  useLayoutEffect(() => scroller.drew(shift))
  const scaled = isScaled(fullHeight)
  useEffect(() => {
    const element = box.current
    return scaled && element !== null ? scroller.listenToWheel(element) : undefined
  }, [box, scroller, scaled])
  const height = canvasHeight(fullHeight)
  return { scroller, height, place: (start, size) => rowTop(start, shift, size, height) }
}
