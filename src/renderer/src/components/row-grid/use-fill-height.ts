import { useLayoutEffect, useState, type RefObject } from 'react'

/** The least a grid is given, however small the window: about six rows under the header. */
export const MIN_FILL_HEIGHT = 320
/** Kept free under the grid so the step's buttons stay in sight at the bottom of the window. */
export const FILL_BOTTOM_ROOM = 96

/**
 * The height that brings an element down to the bottom of the window
 * (less FILL_BOTTOM_ROOM), measured from where it sits on the page when
 * the page is scrolled to the top, so a review of many rows uses the
 * screen people have instead of a fixed box. Never below MIN_FILL_HEIGHT,
 * never above `natural` (a short list stays short); follows resizes of
 * the window and of the page around it (a summary above that changes).
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, natural: number): number {
  const [available, setAvailable] = useState<number | null>(null)
  useLayoutEffect(() => {
    const measure = (): void => {
      const element = ref.current
      if (element === null) return
      const scrolled = element.closest('.content')?.scrollTop ?? 0
      const top = element.getBoundingClientRect().top + scrolled
      setAvailable(Math.max(MIN_FILL_HEIGHT, Math.floor(window.innerHeight - top - FILL_BOTTOM_ROOM)))
    }
    measure()
    window.addEventListener('resize', measure)
    // What sits above the grid can change height (counts filling in): the page's own boxes say so.
    const page = [...(ref.current?.closest('.content')?.children ?? [])]
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    for (const box of page) observer?.observe(box)
    return () => {
      window.removeEventListener('resize', measure)
      observer?.disconnect()
    }
  }, [ref])
  return Math.min(natural, available ?? MIN_FILL_HEIGHT)
}
