import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

/*
 * The review grid's mapping of a scroll position to rows when the rows are
 * taller than a browser lays out (a full Excel sheet), without a browser.
 * Renderer files are imported by a computed path, as in update-banner.test.ts;
 * the scroll box is a stand-in that keeps its position in whole pixels, as
 * Chromium does at a device pixel ratio of 1.
 */

interface ScrollRange {
  readonly real: number
  readonly virtual: number
}
interface ScrollScale {
  MAX_SCROLL_HEIGHT: number
  WHEEL_LINE_PIXELS: number
  canvasHeight(fullHeight: number): number
  isScaled(fullHeight: number): boolean
  scrollRange(elementRange: number, fullHeight: number): ScrollRange
  toVirtual(real: number, range: ScrollRange): number
  toReal(virtual: number, range: ScrollRange): number
  wheelPixels(delta: number, deltaMode: number, page: number): number
  rowTop(start: number, shift: number, size: number, height: number): number
}
interface Scroller {
  fullHeight: number
  readonly scaled: boolean
  readonly shift: number
  readonly scrollTop: number
  readonly scrollHeight: number
  over(element: unknown): unknown
  scrollTo(options: { top?: number }): void
  drew(shift: number): void
  observeOffset(instance: unknown, cb: (offset: number, isScrolling: boolean) => void): (() => void) | undefined
  listenToWheel(box: unknown): () => void
}

let scale: ScrollScale
let ScaledScroller: new (redraw: (sync: boolean) => void) => Scroller

beforeAll(async () => {
  scale = (await import(resolve('src/renderer/src/components/row-grid/scroll-scale.ts'))) as ScrollScale
  ScaledScroller = ((await import(resolve('src/renderer/src/components/row-grid/scaled-scroller.ts'))) as { ScaledScroller: typeof ScaledScroller }).ScaledScroller
})

const HEADER = 64
const ROW = 40
const EXCEL_ROWS = 1_048_575
const VIEW = 800
const fullHeight = (rows: number) => HEADER + rows * ROW

/** A scroll box whose content is `contentHeight` px tall, VIEW px of it in view. */
class StubBox {
  scrollTop = 0
  scrollLeft = 0
  readonly clientHeight = VIEW
  readonly clientWidth = 1200
  readonly scrollWidth = 2400
  readonly style = {}
  readonly ownerDocument = { defaultView: globalThis }
  readonly listeners = new Map<string, (event: unknown) => void>()
  constructor(readonly scrollHeight: number) {}
  scrollTo({ top }: { top?: number }): void {
    if (top !== undefined) this.scrollTop = Math.round(Math.max(0, Math.min(this.scrollHeight - this.clientHeight, top)))
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, listener)
  }
  removeEventListener(type: string): void {
    this.listeners.delete(type)
  }
}

function scrollerOver(rows: number): { scroller: Scroller; box: StubBox; redraws: boolean[] } {
  const redraws: boolean[] = []
  const scroller = new ScaledScroller((sync) => redraws.push(sync))
  scroller.fullHeight = fullHeight(rows)
  const box = new StubBox(scale.canvasHeight(fullHeight(rows)))
  scroller.over(box)
  return { scroller, box, redraws }
}

describe('the height the grid lays its rows out in', () => {
  it('is the rows’ own up to the cap, which stays under what Chromium and Firefox lay out', () => {
    expect(scale.MAX_SCROLL_HEIGHT).toBeLessThan(17_895_697)
    expect(scale.canvasHeight(fullHeight(100_000))).toBe(fullHeight(100_000))
    expect(scale.isScaled(fullHeight(100_000))).toBe(false)
    expect(scale.canvasHeight(fullHeight(EXCEL_ROWS))).toBe(scale.MAX_SCROLL_HEIGHT)
    expect(scale.isScaled(fullHeight(EXCEL_ROWS))).toBe(true)
  })
})

describe('a scroll position among the rows of a full Excel sheet', () => {
  let range: ScrollRange
  beforeAll(() => {
    range = scale.scrollRange(scale.MAX_SCROLL_HEIGHT - VIEW, fullHeight(EXCEL_ROWS))
  })
  // The header covers the top of the view, so the row under it starts HEADER px into the view.
  const firstRowInView = (real: number) => Math.floor(scale.toVirtual(real, range) / ROW)

  it('spans the whole sheet: the top shows row 1, the bottom the last row, the middle the middle rows', () => {
    expect(range.virtual).toBe(fullHeight(EXCEL_ROWS) - VIEW)
    expect(scale.toVirtual(0, range)).toBe(0)
    expect(scale.toVirtual(range.real, range)).toBe(range.virtual)
    // At the bottom the last row ends where the view does.
    expect(fullHeight(EXCEL_ROWS) - scale.toVirtual(range.real, range)).toBe(VIEW)
    const middle = firstRowInView(range.real / 2)
    expect(middle).toBeGreaterThan(523_000)
    expect(middle).toBeLessThan(525_000)
  })

  it('goes back and forth between real and virtual pixels, never past either end', () => {
    for (const virtual of [0, 1, 40, 12_345.5, range.virtual / 3, range.virtual - 1, range.virtual]) {
      expect(scale.toVirtual(scale.toReal(virtual, range), range)).toBeCloseTo(virtual, 6)
    }
    expect(scale.toReal(-50, range)).toBe(0)
    expect(scale.toReal(range.virtual + 500, range)).toBe(range.real)
    expect(scale.toVirtual(range.real + 500, range)).toBe(range.virtual)
  })

  it('is the real position itself below the cap', () => {
    const short = scale.scrollRange(fullHeight(100_000) - VIEW, fullHeight(100_000))
    expect(short).toEqual({ real: fullHeight(100_000) - VIEW, virtual: fullHeight(100_000) - VIEW })
    for (const position of [0, 17, 2_000_000.5]) {
      expect(scale.toVirtual(position, short)).toBe(position)
      expect(scale.toReal(position, short)).toBe(position)
    }
  })
})

describe('where a row is drawn', () => {
  it('is its virtual place moved by the shift, and a far row (the focused one, kept) stays just outside the content', () => {
    const height = scale.MAX_SCROLL_HEIGHT
    expect(scale.rowTop(HEADER + 5 * ROW, 0, ROW, fullHeight(100))).toBe(HEADER + 5 * ROW)
    expect(scale.rowTop(HEADER + 700_000 * ROW, -20_000_000.5, ROW, height)).toBe(HEADER + 700_000 * ROW - 20_000_000.5)
    expect(scale.rowTop(HEADER + (EXCEL_ROWS - 1) * ROW, 0, ROW, height)).toBe(height - ROW)
    expect(scale.rowTop(HEADER, -26_000_000, ROW, height)).toBe(-ROW)
  })
})

describe('wheel deltas', () => {
  it('count in pixels, lines or pages as the browser says', () => {
    expect(scale.wheelPixels(100, 0, VIEW)).toBe(100)
    expect(scale.wheelPixels(-3, 1, VIEW)).toBe(-3 * scale.WHEEL_LINE_PIXELS)
    expect(scale.wheelPixels(1, 2, VIEW)).toBe(VIEW)
  })
})

describe('the scroll box as the row virtualizer sees it', () => {
  it('passes the element through untouched below the cap', () => {
    const { scroller, box } = scrollerOver(100_000)
    expect(scroller.scaled).toBe(false)
    expect(scroller.scrollHeight).toBe(box.scrollHeight)
    scroller.scrollTo({ top: 123_456 })
    expect(box.scrollTop).toBe(123_456)
    expect(scroller.scrollTop).toBe(123_456)
    expect(scroller.shift).toBe(0)
  })

  it('is as tall as every row of a full sheet, and keeps a position it was sent to exactly', () => {
    const { scroller, box } = scrollerOver(EXCEL_ROWS)
    expect(scroller.scrollHeight).toBe(fullHeight(EXCEL_ROWS))
    // Row 700,000 at the top of the view: the element can only be put on a whole pixel near it.
    const target = HEADER + 700_000 * ROW - HEADER
    scroller.scrollTo({ top: target })
    expect(Number.isInteger(box.scrollTop)).toBe(true)
    expect(scroller.scrollTop).toBe(target)
    // The row is drawn at its virtual place plus the shift: at the top of the view.
    expect(HEADER + 700_000 * ROW + scroller.shift - box.scrollTop).toBe(HEADER)
  })

  it('reads a scroll it did not make (the scroll bar) proportionally', () => {
    const { scroller, box } = scrollerOver(EXCEL_ROWS)
    box.scrollTop = box.scrollHeight - VIEW
    expect(scroller.scrollTop).toBe(fullHeight(EXCEL_ROWS) - VIEW)
    box.scrollTop = 0
    expect(scroller.scrollTop).toBe(0)
  })

  it('moves the rows by what the wheel says, not scaled up, and reports moves too small to move the element', () => {
    const { scroller, box, redraws } = scrollerOver(EXCEL_ROWS)
    const seen: number[] = []
    const instance = { scrollElement: scroller, targetWindow: globalThis, options: { useScrollendEvent: false, isScrollingResetDelay: 150, horizontal: false } }
    const stop = scroller.observeOffset(instance, (offset) => seen.push(offset))
    const stopWheel = scroller.listenToWheel(box)
    const wheel = (deltaY: number) => {
      let prevented = false
      box.listeners.get('wheel')?.({ deltaY, deltaX: 0, deltaMode: 0, ctrlKey: false, shiftKey: false, preventDefault: () => (prevented = true) })
      return prevented
    }
    expect(wheel(100)).toBe(true)
    expect(scroller.scrollTop).toBe(100)
    // One pixel of rows is a third of a real pixel: the element stays, the rows still move, and the grid is redrawn at once.
    const real = box.scrollTop
    expect(wheel(1)).toBe(true)
    expect(box.scrollTop).toBe(real)
    expect(seen.at(-1)).toBe(101)
    expect(redraws.at(-1)).toBe(true)
    scroller.drew(scroller.shift)
    expect(wheel(-101)).toBe(true)
    expect(scroller.scrollTop).toBe(0)
    stopWheel()
    stop?.()
  })
})
