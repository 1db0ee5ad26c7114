/**
 * One renderer measurement in a process of its own: `renderer-child.ts measure <csv file> [screenshot]`.
 * Opens the app as the browser tests do (built renderer, fresh core, web
 * bridge, Debian's chromium), drops the file in, continues to the review,
 * then measures first paint and frame times. Lives apart from the Node-side
 * bench because it compiles with the browser tests (test/browser/harness.ts).
 */
import { readFile } from 'node:fs/promises'
import type { Handlers } from '../../../src/core/app/handlers/types'
import { openApp } from '../../../test/browser/harness'
import { answerParent, childArguments, exitWithUsage } from '../../lib/child-main'
import { median, percentile } from '../../lib/stats'
import { CHECK_MODES, DROPPED_FRAME_MS, SCROLL_PLAN, type CheckMode, type FrameStats, type RendererMeasurement } from '../renderer-protocol'
import { ALL_CHECKED_PROBE, FIRST_PAINT_PROBE, FRAMES_PROBE, probeCall, type FramesResult } from './page-probes'

const GRID = '.rg-scroll'
/** The first data row's product code in the intake sheet. */
const FIRST_CELL = 'P0000000'
const CONTINUE = '검토로 계속'

function frameStats(deltas: readonly number[]): FrameStats {
  return { median: median(deltas), p95: percentile(deltas, 95), dropped: deltas.filter((d) => d > DROPPED_FRAME_MS).length, frames: deltas.length }
}

/** The baseline core: the review's first answer waits until every row is checked (asking for the last row checks every row before it). */
function checkFirst(core: Handlers): Handlers {
  return {
    ...core,
    'review:summary': async (request) => {
      const { summary } = await core['review:summary'](request)
      if (summary.total > 0) await core['review:rows']({ sessionId: request.sessionId, offset: summary.total - 1, limit: 1, filter: 'all' })
      return core['review:summary'](request)
    }
  }
}

async function measure(csvPath: string, mode: CheckMode, screenshot: boolean): Promise<RendererMeasurement> {
  const csv = await readFile(csvPath)
  const app = await openApp({ height: 1000, ...(mode === 'check-first' ? { handlers: checkFirst } : {}) })
  try {
    const { page } = app
    await page.locator('input[type=file]').setInputFiles({ name: '대량 상품.csv', mimeType: 'text/csv', buffer: csv })
    await page.getByRole('radio', { name: '상품 등록' }).check()
    await page.getByRole('button', { name: CONTINUE }).waitFor()
    const firstPaintMs = Number(await page.evaluate(probeCall(FIRST_PAINT_PROBE, { buttonText: CONTINUE, gridSelector: GRID, firstCellText: FIRST_CELL, timeoutMs: 120_000 })))
    // Scrolling starts at once, while the rest of the rows may still be checked; the idle frames come after, on a settled screen.
    const scroll = (await page.evaluate(probeCall(FRAMES_PROBE, { scrollerSelector: GRID, frames: SCROLL_PLAN.frames, step: SCROLL_PLAN.stepPx }))) as FramesResult
    const allCheckedMs = Number(await page.evaluate(probeCall(ALL_CHECKED_PROBE, { timeoutMs: 120_000 })))
    const idle = (await page.evaluate(probeCall(FRAMES_PROBE, { scrollerSelector: GRID, frames: SCROLL_PLAN.idleFrames, step: 0 }))) as FramesResult
    if (screenshot) await app.screenshot(`bench-review-100k-${mode}`)
    return {
      firstPaintMs,
      allCheckedMs,
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

const USAGE = `renderer-child.ts measure <csv file> <${CHECK_MODES.join('|')}> [screenshot]`
const { rest } = childArguments(['measure'], USAGE)
const mode = CHECK_MODES.find((m) => m === rest[1]) ?? exitWithUsage(USAGE)
answerParent(measure(rest[0] ?? exitWithUsage(USAGE), mode, rest[2] === 'screenshot'))
