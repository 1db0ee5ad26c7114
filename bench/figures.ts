import { cliOpen } from './cli/cli-figure'
import { excelMax } from './intake/excel-max-figure'
import { intake } from './intake/intake-figure'
import type { FigureId } from './lib/config'
import type { FigureReport } from './lib/types'
import { platformMatching } from './mapping/match-figure'
import { rendererFigure } from './renderer/renderer-figure'
import { reportExport } from './report/report-figure'
import { asyncTracking } from './upload/async-tracking'
import { productsFollowing } from './upload/products-following'
import { productsThroughput } from './upload/products-throughput'
import { unknownLimit } from './upload/unknown-limit'

/** A figure's name and how to take it over a number of runs. */
export interface Figure {
  readonly title: string
  readonly run: (runs: number) => Promise<FigureReport>
}

/** The six figures of issue 8, the CLI's whole-process open, issue 14's matching on real exports and issue 15's following of products, by number. */
export const FIGURES: Readonly<Record<FigureId, Figure>> = {
  1: { title: 'Products throughput', run: productsThroughput },
  2: { title: 'Unknown limit', run: unknownLimit },
  3: { title: 'Async tracking cost', run: asyncTracking },
  4: { title: 'Intake', run: intake },
  5: { title: 'Failure report', run: reportExport },
  6: { title: 'Renderer', run: rendererFigure },
  7: { title: 'CLI open, whole process', run: cliOpen },
  8: { title: 'Matching real platform exports', run: platformMatching },
  9: { title: 'Products followed to DONE or ERROR', run: productsFollowing },
  10: { title: 'Any sheet Excel can hold', run: excelMax }
}
