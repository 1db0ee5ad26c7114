/** Frame-time figures of one probe (requestAnimationFrame deltas). */
export interface FrameStats {
  readonly median: number
  readonly p95: number
  /** Frames longer than DROPPED_FRAME_MS. */
  readonly dropped: number
  readonly frames: number
}

/** A frame longer than this is one a person sees as a stutter. */
export const DROPPED_FRAME_MS = 50

/** What one renderer run measured, sent back by the child that drove chromium. */
export interface RendererMeasurement {
  /** From the click on Continue to the first data row painted in the grid. */
  readonly firstPaintMs: number
  /** From the click on Continue until the summary showed the final counts (every row checked). */
  readonly allCheckedMs: number
  readonly scroll: FrameStats
  /** The same screen's frames while nothing moves. */
  readonly idle: FrameStats
  /** Highest sheet row number on screen after the scroll. */
  readonly lastRowNumber: number
  /** Rows in the DOM after the scroll (virtualization keeps it small). */
  readonly domRows: number
  /** Console and page errors the run saw. */
  readonly pageErrors: number
}

/**
 * How the app under measurement checks rows: as shipped (first rows at
 * once, the rest while the grid is shown), or every row before the review
 * answers, as before issue 17 (the baseline).
 */
export const CHECK_MODES = ['as-shipped', 'check-first'] as const

/** One of CHECK_MODES. */
export type CheckMode = (typeof CHECK_MODES)[number]

/** How the child scrolls, shared so the figure's words match what ran. */
export const SCROLL_PLAN = {
  /** Frames scrolled. */
  frames: 300,
  /** 120 px per frame: three 40-px rows, about 180 rows a second at 60 Hz — a fast, steady wheel. */
  stepPx: 120,
  /** Frames watched without scrolling, for the baseline. */
  idleFrames: 120
} as const
