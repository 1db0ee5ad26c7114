/**
 * The arithmetic of a grid taller than a browser lays out.
 *
 * Browsers cap an element's size and lay out nothing past it: Chromium at
 * 33,554,431 px (2^25 px in its 1/64 px layout units), Firefox at
 * 17,895,697 px (2^30 of its 1/60 px units). A full Excel sheet —
 * 1,048,575 rows of 40 px — is 41.9 million px. So past MAX_SCROLL_HEIGHT
 * the grid's scrolling content is made MAX_SCROLL_HEIGHT tall, and a scroll
 * position in it stands for a proportional place among the rows ("virtual"
 * pixels: where the rows would be if the content had its full height). The
 * top is row 1, the very bottom the last row, the scroll bar's middle the
 * middle rows. Below the cap the two are the same and nothing is mapped.
 *
 * Pure functions only: ScaledScroller applies them to the grid's scroll box.
 */

/**
 * The tallest the grid's scrolling content is made, in CSS pixels: clear of
 * Firefox's cap (the lower of the two above) with room to spare for zoom and
 * the header, and still 375,000 rows of 40 px before any mapping starts.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000

/**
 * Pixels a wheel scrolls per line when it counts in lines (Firefox's mouse
 * wheel, deltaMode 1): about one line of the grid's text, as Firefox itself
 * scrolls a line.
 */
export const WHEEL_LINE_PIXELS = 18

/** How far the grid scrolls, in real pixels (the element's scroll range) and in virtual ones (the rows' full height less the view). */
export interface ScrollRange {
  readonly real: number
  readonly virtual: number
}

/** The height the scrolling content is given for rows `fullHeight` px tall (header included): the same, up to MAX_SCROLL_HEIGHT. */
export function canvasHeight(fullHeight: number): number {
  return Math.min(fullHeight, MAX_SCROLL_HEIGHT)
}

/** True when rows `fullHeight` px tall are laid out shorter than they are, so positions must be mapped. */
export function isScaled(fullHeight: number): boolean {
  return fullHeight > MAX_SCROLL_HEIGHT
}

/**
 * The scroll range both ways, from the element's own (`scrollHeight -
 * clientHeight`) and the rows' full height: the virtual range is longer by
 * what the cap left out.
 */
export function scrollRange(elementRange: number, fullHeight: number): ScrollRange {
  const real = Math.max(0, elementRange)
  return { real, virtual: real + fullHeight - canvasHeight(fullHeight) }
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, value))

/** Where among the rows a real scroll position is: proportionally, top to top and bottom to bottom; unchanged when nothing is scaled. */
export function toVirtual(real: number, range: ScrollRange): number {
  if (range.virtual === range.real) return real
  if (range.real <= 0) return 0
  return (clamp(real, range.real) / range.real) * range.virtual
}

/** The real scroll position that shows a virtual one: the inverse of toVirtual. */
export function toReal(virtual: number, range: ScrollRange): number {
  if (range.virtual === range.real) return virtual
  if (range.virtual <= 0) return 0
  return (clamp(virtual, range.virtual) / range.virtual) * range.real
}

/**
 * Where to draw a row of `size` px whose virtual start is `start`, moved by
 * `shift` (see ScaledScroller), in content `height` px tall. A row kept far
 * from the view (the focused one, so it keeps the focus) would land past the
 * content's ends and stretch it; it is drawn just outside them instead, as
 * much out of view. Rows in view are never moved by this, and nothing is
 * when nothing is scaled.
 */
export function rowTop(start: number, shift: number, size: number, height: number): number {
  return Math.max(-size, Math.min(height - size, start + shift))
}

/**
 * A wheel delta in pixels, whatever unit the browser gave it in
 * (WheelEvent.deltaMode: 0 pixels, 1 lines, 2 pages of `page` px).
 */
export function wheelPixels(delta: number, deltaMode: number, page: number): number {
  if (deltaMode === 1) return delta * WHEEL_LINE_PIXELS
  if (deltaMode === 2) return delta * page
  return delta
}
