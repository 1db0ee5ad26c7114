/**
 * One renderer measurement in a process of its own: `renderer-child.ts measure <csv file> [screenshot]`.
 * Opens the app as the browser tests do (built renderer, fresh core, web
 * bridge, Debian's chromium), drops the file in, continues to the review,
 * then measures first paint and frame times. Lives apart from the Node-side
 * bench because it compiles with the browser tests (test/browser/harness.ts).
 */
import { readFile } from 'node:fs/promises'
import { openApp } from '../../../test/browser/harness'
import { answerParent, childArguments, exitWithUsage } from '../../lib/child-main'
import { median, percentile } from '../../lib/stats'
import { DROPPED_FRAME_MS, SCROLL_PLAN, type FrameStats, type RendererMeasurement } from '../renderer-protocol'
import { FIRST_PAINT_PROBE, FRAMES_PROBE, probeCall, type FramesResult } from './page-probes'

const GRID = '.rg-scroll'
/** The first data row's product code in the intake sheet. */
const FIRST_CELL = 'P0000000'
const CONTINUE = '검토로 계속'

function frameStats(deltas: readonly number[]): FrameStats {
  return { median: median(deltas), p95: percentile(deltas, 95), dropped: deltas.filter((d) => d > DROPPED_FRAME_MS).length, frames: deltas.length }
}

async function measure(csvPath: string, screenshot: boolean): Promise<RendererMeasurement> {
  const csv = await readFile(csvPath)
  const app = await openApp({ height: 1000 })
  try {
    const { page } = app
    await page.locator('input[type=file]').setInputFiles({ name: '대량 상품.csv', mimeType: 'text/csv', buffer: csv })
    await page.getByRole('radio', { name: '상품 등록' }).check()
    await page.getByRole('button', { name: CONTINUE }).waitFor()
    const firstPaintMs = Number(await page.evaluate(probeCall(FIRST_PAINT_PROBE, { buttonText: CONTINUE, gridSelector: GRID, firstCellText: FIRST_CELL, timeoutMs: 120_000 })))
    const idle = (await page.evaluate(probeCall(FRAMES_PROBE, { scrollerSelector: GRID, frames: SCROLL_PLAN.idleFrames, step: 0 }))) as FramesResult
    const scroll = (await page.evaluate(probeCall(FRAMES_PROBE, { scrollerSelector: GRID, frames: SCROLL_PLAN.frames, step: SCROLL_PLAN.stepPx }))) as FramesResult
    if (screenshot) await app.screenshot('bench-review-100k-scrolled')
    return {
      firstPaintMs,
      scroll: frameStats(scroll.deltas),
      idle: frameStats(idle.deltas),
      lastRowNumber: scroll.lastRowNumber,
      domRows: scroll.domRows,
      pageErrors: app.problems.length
    }
  } finally {
    await app.close()
  }
}

const USAGE = 'renderer-child.ts measure <csv file> [screenshot]'
const { rest } = childArguments(['measure'], USAGE)
answerParent(measure(rest[0] ?? exitWithUsage(USAGE), rest[1] === 'screenshot'))
