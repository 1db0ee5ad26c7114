import { observeElementOffset, type Rect, type Virtualizer } from '@tanstack/react-virtual'
import { canvasHeight, isScaled, scrollRange, toReal, toVirtual, wheelPixels, type ScrollRange } from './scroll-scale'

type OffsetCallback = (offset: number, isScrolling: boolean) => void

/**
 * The grid's scroll box as its row virtualizer sees it: as tall as all the
 * rows (see scroll-scale.ts). react-virtual is handed this in place of the
 * element and reads only the members below, so it works in virtual pixels
 * throughout — scrollToIndex, Ctrl+End's "last row at the bottom", its
 * clamping to the end — while the element itself is never taller than
 * MAX_SCROLL_HEIGHT. The rows are then drawn `shift` px off their virtual
 * place, which puts each where it belongs in the viewport, 40 px apart.
 *
 * Below the cap every member passes the element's own value through: the
 * grid scrolls exactly as it does without this.
 *
 * Movement: dragging the scroll bar (or anything else that scrolls the
 * element itself) moves the rows proportionally — that is what a scroll bar
 * standing for a million rows means. The wheel and trackpad are taken over
 * instead and move the rows by the pixels they report, as on a short grid
 * (scaled, one notch would jump about three times as far and a trackpad
 * could not move row by row). The rows are redrawn in the same task, so
 * nothing is painted out of place; a wheel step lands at once rather than
 * gliding.
 */
export class ScaledScroller {
  /** The rows' full height, header included, as if laid out whole (the grid sets it on each render). */
  fullHeight = 0
  readonly #redraw: (sync: boolean) => void
  #element: HTMLElement | null = null
  // The last real position seen and the virtual one taken for it. A write's
  // exact virtual target is kept while the element stays where it was put:
  // the element rounds its position, and one real pixel stands for several.
  #real = 0
  #virtual = 0
  /** The shift the rows on screen were drawn with. */
  #drawn = 0
  #moved: ((sync: boolean) => void) | null = null

  /** `redraw` renders the grid again, synchronously when `sync` (inside a scroll or wheel event, so the frame shows the rows in place). */
  constructor(redraw: (sync: boolean) => void) {
    this.#redraw = redraw
  }

  /** What to give react-virtual as the scroll element for `element`, or null while there is none. */
  over(element: HTMLElement | null): Element | null {
    if (element === null) return null
    this.#element = element
    // react-virtual reads only the members of an Element this class has.
    return this as unknown as Element
  }

  /** Whether the rows are taller than the element is laid out. */
  get scaled(): boolean {
    return isScaled(this.fullHeight)
  }

  /** How far to move the rows from their virtual place so they show where they belong (0 when not scaled). */
  get shift(): number {
    return this.scaled ? this.#real - this.#virtual : 0
  }

  /** Tells which shift the rows on screen were drawn with (after each render). */
  drew(shift: number): void {
    this.#drawn = shift
  }

  // The rest of what react-virtual reads of an element, passed through.

  get ownerDocument(): Document {
    return this.#box().ownerDocument
  }

  get style(): CSSStyleDeclaration {
    return this.#box().style
  }

  get clientHeight(): number {
    return this.#box().clientHeight
  }

  get clientWidth(): number {
    return this.#box().clientWidth
  }

  get scrollWidth(): number {
    return this.#box().scrollWidth
  }

  get scrollLeft(): number {
    return this.#box().scrollLeft
  }

  /** The element's scroll height with what the cap left out added back. */
  get scrollHeight(): number {
    return this.#box().scrollHeight + this.fullHeight - canvasHeight(this.fullHeight)
  }

  /** The virtual scroll position. */
  get scrollTop(): number {
    if (!this.scaled) {
      const real = this.#box().scrollTop
      this.#remember(real, real)
      return real
    }
    const range = this.#currentRange()
    const real = this.#realIn(range)
    // Where the element has not moved the rows stay too, even when the range
    // changed under them (the window resized, rows came or went); only a
    // scroll is mapped afresh.
    this.#remember(real, real === this.#real ? Math.min(this.#virtual, range.virtual) : toVirtual(real, range))
    return this.#virtual
  }

  /** Scrolls to a virtual position (react-virtual's scrollToFn calls this). */
  scrollTo(options: ScrollToOptions): void {
    if (options.top === undefined) this.#box().scrollTo(options)
    else this.#write(options.top, options.behavior, false)
  }

  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    this.#box().addEventListener(type, listener, options)
  }

  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    this.#element?.removeEventListener(type, listener, options)
  }

  /** react-virtual's observeElementRect: the element's size (the library's own would observe this object, which is no element). */
  readonly observeRect = (_instance: Virtualizer<Element, Element>, cb: (rect: Rect) => void): (() => void) | undefined => {
    const box = this.#element
    if (box === null) return undefined
    const report = (): void => cb({ width: box.clientWidth, height: box.clientHeight })
    report()
    const observer = new ResizeObserver(report)
    observer.observe(box, { box: 'content-box' })
    return () => observer.disconnect()
  }

  /**
   * react-virtual's observeElementOffset: the library's own, reading the
   * virtual position, plus moves that left the element where it was (less
   * than a real pixel), and a redraw whenever the rows' shift changed
   * without the virtualizer rendering (its range stayed the same).
   */
  readonly observeOffset = (instance: Virtualizer<Element, Element>, cb: OffsetCallback): (() => void) | undefined => {
    const redrawIfMoved = (sync: boolean): void => {
      if (this.shift !== this.#drawn) this.#redraw(sync)
    }
    const stop = observeElementOffset(instance, (offset, isScrolling) => {
      cb(offset, isScrolling)
      redrawIfMoved(isScrolling)
    })
    this.#moved = (sync) => {
      cb(this.scrollTop, false)
      redrawIfMoved(sync)
    }
    return () => {
      stop?.()
      this.#moved = null
    }
  }

  /** Takes over the wheel on `box` (only while scaled): see the class comment. Returns what stops it. */
  listenToWheel(box: HTMLElement): () => void {
    const onWheel = (event: WheelEvent): void => {
      // Ctrl+wheel zooms; Shift+wheel (or a sideways swipe alone) scrolls across, which the browser does as ever.
      if (!this.scaled || event.ctrlKey || event.shiftKey) return
      const down = wheelPixels(event.deltaY, event.deltaMode, box.clientHeight)
      if (down === 0) return
      event.preventDefault()
      const across = wheelPixels(event.deltaX, event.deltaMode, box.clientWidth)
      if (across !== 0) box.scrollLeft += across
      this.#write(this.scrollTop + down, 'auto', true)
    }
    box.addEventListener('wheel', onWheel, { passive: false })
    return () => box.removeEventListener('wheel', onWheel)
  }

  #box(): HTMLElement {
    if (this.#element === null) throw new Error('The grid has no scroll box yet.')
    return this.#element
  }

  #currentRange(): ScrollRange {
    const box = this.#box()
    return scrollRange(box.scrollHeight - box.clientHeight, this.fullHeight)
  }

  // This tall, Chromium's float positions can let the element scroll a pixel
  // past scrollHeight - clientHeight: read that as the end, so the last row
  // is never drawn past the content's end.
  #realIn(range: ScrollRange): number {
    return Math.min(this.#box().scrollTop, range.real)
  }

  #remember(real: number, virtual: number): void {
    this.#real = real
    this.#virtual = virtual
  }

  #write(top: number, behavior: ScrollBehavior | undefined, sync: boolean): void {
    const box = this.#box()
    if (!this.scaled) {
      box.scrollTo({ top, behavior })
      return
    }
    const before = this.scrollTop
    const realBefore = this.#real
    const range = this.#currentRange()
    const virtual = Math.max(0, Math.min(range.virtual, top))
    const target = toReal(virtual, range)
    box.scrollTo({ top: target, behavior })
    // A smooth scroll's positions come in its scroll events.
    if (behavior === 'smooth') return
    const real = this.#realIn(range)
    this.#remember(real, Math.abs(real - target) < 1 ? virtual : toVirtual(real, range))
    // The element did not move, so no scroll event will tell: tell here.
    if (real === realBefore && this.#virtual !== before) this.#moved?.(sync)
  }
}
