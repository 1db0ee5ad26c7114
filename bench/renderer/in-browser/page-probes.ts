/*
 * Scripts that run inside the page, kept as plain JavaScript text: functions
 * compiled by tsx carry helper calls (esbuild's __name) that do not exist in
 * the page, and text keeps DOM types out of the Node-side TypeScript.
 * Each is an async function expression taking one JSON argument.
 */

/** What the first-paint probe is told to click and to wait for. */
export interface FirstPaintArgument {
  readonly buttonText: string
  readonly gridSelector: string
  /** Text of a cell of the first data row: real rows, not loading placeholders. */
  readonly firstCellText: string
  readonly timeoutMs: number
}

/** The page's note of when the counts were final, set by FIRST_PAINT_PROBE's watcher. */
const ALL_CHECKED = 'window.__sheetportAllCheckedMs'

/**
 * Clicks the button, then checks every animation frame for the first data
 * row's cell in the grid; once it is in the DOM, the next frame's start is
 * taken as "painted" (the frame that found it paints it before the next one
 * begins). Resolves with milliseconds from the click. From the click on, a
 * watcher also notes when the summary shows its final counts (no "checked
 * … of …" bar), for ALL_CHECKED_PROBE.
 */
export const FIRST_PAINT_PROBE = `async ({ buttonText, gridSelector, firstCellText, timeoutMs }) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === buttonText)
  if (!button) throw new Error('no button "' + buttonText + '"')
  const clickedAt = performance.now()
  button.click()
  const watch = (now) => {
    if (document.querySelector('.review-summary') && !document.querySelector('.review-checking-rest')) ${ALL_CHECKED} = now - clickedAt
    else requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)
  return await new Promise((resolve, reject) => {
    const look = (now) => {
      const grid = document.querySelector(gridSelector)
      const cells = grid ? [...grid.querySelectorAll('[role=gridcell]')] : []
      if (cells.some((c) => c.textContent.includes(firstCellText))) {
        requestAnimationFrame((painted) => resolve(painted - clickedAt))
      } else if (now - clickedAt > timeoutMs) {
        reject(new Error('the grid did not show its first row in ' + timeoutMs + ' ms'))
      } else {
        requestAnimationFrame(look)
      }
    }
    requestAnimationFrame(look)
  })
}`

/** Waits for FIRST_PAINT_PROBE's watcher: milliseconds from the click until the summary showed its final counts. */
export const ALL_CHECKED_PROBE = `async ({ timeoutMs }) => {
  const started = performance.now()
  while (${ALL_CHECKED} === undefined) {
    if (performance.now() - started > timeoutMs) throw new Error('the counts were not final in ' + timeoutMs + ' ms')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return ${ALL_CHECKED}
}`

/** How the frame probe scrolls: `step` pixels down per frame (0: no scrolling, the idle baseline). */
export interface FramesArgument {
  readonly scrollerSelector: string
  readonly frames: number
  readonly step: number
}

/** What the frame probe saw. */
export interface FramesResult {
  /** Time between consecutive animation frames, ms. */
  readonly deltas: number[]
  readonly scrolledPx: number
  /** Highest sheet row number in the grid when the probe ended (shows the rows kept up). */
  readonly lastRowNumber: number
  /** Rows in the DOM when the probe ended (the virtualization at work). */
  readonly domRows: number
}

/**
 * Scrolls the grid by `step` px at every animation frame for `frames`
 * frames, recording the time between frames (requestAnimationFrame
 * timestamps), then reports the deltas and what the grid shows.
 */
export const FRAMES_PROBE = `async ({ scrollerSelector, frames, step }) => {
  const box = document.querySelector(scrollerSelector)
  if (!box) throw new Error('no ' + scrollerSelector)
  const startTop = box.scrollTop
  const deltas = []
  await new Promise((resolve) => {
    let last = null
    let left = frames
    const tick = (now) => {
      if (last !== null) deltas.push(now - last)
      last = now
      if (left-- <= 0) return resolve()
      if (step > 0) box.scrollTop += step
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const numbers = [...box.querySelectorAll('[role=rowheader]')].map((h) => Number(h.textContent)).filter((n) => Number.isFinite(n))
  return { deltas, scrolledPx: box.scrollTop - startTop, lastRowNumber: Math.max(0, ...numbers), domRows: box.querySelectorAll('[role=row]').length }
}`

/** Calls a probe with its argument: the text Playwright's page.evaluate() runs. */
export function probeCall(probe: string, argument: object): string {
  return `(${probe})(${JSON.stringify(argument)})`
}
