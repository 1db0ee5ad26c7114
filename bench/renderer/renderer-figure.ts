import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { intakeCsvText } from '../intake/generate-files'
import { runChild } from '../lib/child-run'
import { duration, fixed } from '../lib/format'
import { medianOf } from '../lib/stats'
import type { FigureReport, ResultRow } from '../lib/types'
import { buildRenderer } from './build-renderer'
import { reviewGridMissing } from './prerequisites'
import { DROPPED_FRAME_MS, SCROLL_PLAN, type FrameStats, type RendererMeasurement } from './renderer-protocol'

const ROWS = 100_000
const FRAME_BUDGET_MS = 1000 / 60
const CHILD = join(__dirname, 'in-browser', 'renderer-child.ts')

function frameCells(samples: readonly FrameStats[]): string[] {
  return [
    `${fixed(medianOf(samples, (s) => s.median), 1)} ms`,
    `${fixed(medianOf(samples, (s) => s.p95), 1)} ms`,
    `${fixed(medianOf(samples, (s) => s.dropped))} of ${fixed(medianOf(samples, (s) => s.frames))}`
  ]
}

async function measureRuns(runs: number): Promise<RendererMeasurement[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sheetport-bench-renderer-'))
  try {
    const csv = join(dir, 'products.csv')
    await writeFile(csv, intakeCsvText(ROWS), 'utf8')
    const samples: RendererMeasurement[] = []
    for (let i = 0; i < runs; i++) samples.push(await runChild<RendererMeasurement>(CHILD, ['measure', csv, ...(i === 0 ? ['screenshot'] : [])]))
    return samples
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Figure 6: 100,000 rows in the review grid of the web build in Debian's
 * chromium: time from Continue to the grid's first painted row, and frame
 * times (requestAnimationFrame deltas) during a scripted scroll, next to the
 * same screen's frames while nothing moves. Skipped, saying why, when the
 * review grid is not in this working tree.
 */
export async function rendererFigure(runs: number): Promise<FigureReport> {
  const missing = reviewGridMissing()
  if (missing !== null) return { reason: missing }
  if (process.env['BENCH_SKIP_BUILD'] !== '1') await buildRenderer()
  const samples = await measureRuns(runs)
  const firstPaint = medianOf(samples, (s) => s.firstPaintMs)
  const scroll = samples.map((s) => s.scroll)
  const idle = samples.map((s) => s.idle)
  const rows: ResultRow[] = [
    {
      label: `Review grid, scrolling ${SCROLL_PLAN.stepPx} px (3 rows) per frame`,
      cells: [duration(firstPaint), ...frameCells(scroll), fixed(medianOf(samples, (s) => s.domRows)), fixed(medianOf(samples, (s) => s.lastRowNumber))]
    },
    { label: 'Same screen, nothing moving (the browser’s own frame rhythm)', cells: ['–', ...frameCells(idle), '–', '–'] },
    { label: '60 Hz frame budget', cells: ['–', `${fixed(FRAME_BUDGET_MS, 1)} ms`, `${fixed(FRAME_BUDGET_MS, 1)} ms`, '0', '–', '–'] }
  ]
  const errors = Math.max(...samples.map((s) => s.pageErrors))
  return {
    firstColumn: 'What the page did',
    columns: ['first paint after Continue', 'frame median', 'frame p95', `frames > ${DROPPED_FRAME_MS} ms`, 'rows in the DOM', 'last row reached'],
    rows,
    headline: {
      measure: `${ROWS.toLocaleString('en')} rows in the review grid (web build, chromium): first paint; frames while scrolling`,
      sheetport: `${duration(firstPaint)}; median ${fixed(medianOf(scroll, (s) => s.median), 1)} ms, p95 ${fixed(medianOf(scroll, (s) => s.p95), 1)} ms, ${fixed(medianOf(scroll, (s) => s.dropped))} > ${DROPPED_FRAME_MS} ms`,
      baseline: `idle median ${fixed(medianOf(idle, (s) => s.median), 1)} ms, p95 ${fixed(medianOf(idle, (s) => s.p95), 1)} ms; budget ${fixed(FRAME_BUDGET_MS, 1)} ms`,
      aim: 'none set',
      met: null
    },
    meaning:
      `The app is the \`npm run web\` build (rebuilt first with electron-vite) behind a fresh core and web bridge in a child process, in headless chromium (1280×1000, software rendering). ` +
      `The .csv of figure 4 (${ROWS.toLocaleString('en')} rows × 10 columns) is dropped in and products:create chosen; first paint runs from the click on Continue (검토로 계속) — the core checks every row then — until the first data row's cell is in the grid, counted at the start of the next animation frame. ` +
      `Then a script scrolls the grid ${SCROLL_PLAN.stepPx} px at every animation frame for ${SCROLL_PLAN.frames} frames and records the time between frames, while pages of rows are fetched from the core as they come into view. ` +
      `The idle row is ${SCROLL_PLAN.idleFrames} frames without scrolling: headless chromium's own frame rhythm here, the floor for the scrolling figures. ` +
      `A frame over ${DROPPED_FRAME_MS} ms is one a person sees as a stutter. Console or page errors seen: ${errors}.`
  }
}
