/** The six figures of issue 8, 7: the CLI opening a big file as a whole process, 8: automatic matching on real platform exports, and 9: products followed to DONE or ERROR. */
export const FIGURE_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

/** One figure's number. */
export type FigureId = (typeof FIGURE_IDS)[number]

/**
 * Runs per figure when nothing is set. Figures 1–3 run against real time at
 * the services' limits (about 45 s, 3½ min and 8½ min a run: figure 3's
 * profiles that take 5 minutes), so they take
 * fewer runs; figures 4–6 take 3; figure 7 takes 4 rounds of its three
 * processes (under 2 minutes); figure 8 takes a few seconds; figure 9
 * (time compressed 50×) about 5 minutes a run; figure 10 (a full Excel
 * sheet, read four ways) about 4 minutes. Together about 31 minutes on 2 cores.
 */
const DEFAULT_RUNS: Readonly<Record<FigureId, number>> = { 1: 3, 2: 1, 3: 1, 4: 3, 5: 3, 6: 3, 7: 4, 8: 1, 9: 1, 10: 1 }

/** Figures that measure no time (figure 8 counts matched columns): the same every run, so always one, whatever BENCH_RUNS says. */
const DETERMINISTIC: ReadonlySet<FigureId> = new Set([8])

/** How this bench run is set up, from the environment. */
export interface BenchConfig {
  /** Figures to run, in order. */
  readonly figures: readonly FigureId[]
  readonly runs: (figure: FigureId) => number
  /** Where BENCHMARKS.md goes. */
  readonly outputPath: string
}

function positiveInteger(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`Expected a whole number of at least 1, got "${text}".`)
  return value
}

function figureList(text: string | undefined): FigureId[] {
  if (text === undefined || text.trim() === '') return [...FIGURE_IDS]
  return text.split(',').map((part) => {
    const id = Number(part.trim())
    const known = FIGURE_IDS.find((f) => f === id)
    if (known === undefined) throw new Error(`BENCH_FIGURES: there is no figure "${part.trim()}" (use ${FIGURE_IDS.join(', ')}, comma-separated).`)
    return known
  })
}

/**
 * Reads the knobs: BENCH_FIGURES ("1,4"; "7" for that figure alone),
 * BENCH_RUNS (every figure), BENCH_RUNS_<n> (one figure, wins over
 * BENCH_RUNS; figure 8 always runs once), BENCH_OUT (the markdown file,
 * default BENCHMARKS.md in the working directory).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const all = positiveInteger(env['BENCH_RUNS'])
  const figures = figureList(env['BENCH_FIGURES'])
  const perFigure = new Map(FIGURE_IDS.map((id) => [id, DETERMINISTIC.has(id) ? 1 : (positiveInteger(env[`BENCH_RUNS_${id}`]) ?? all ?? DEFAULT_RUNS[id])]))
  return {
    figures,
    runs: (figure) => perFigure.get(figure) ?? DEFAULT_RUNS[figure],
    outputPath: env['BENCH_OUT'] ?? 'BENCHMARKS.md'
  }
}
