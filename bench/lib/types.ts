/** One line of a figure's detail table: Sheetport or a baseline, and its measured cells. */
export interface ResultRow {
  readonly label: string
  readonly cells: readonly string[]
}

/** Whether a figure reached its aim; null when the figure has no aim of its own (a baseline-only measure). */
export type AimVerdict = boolean | null

/** A figure's line in the summary table. */
export interface Headline {
  readonly measure: string
  readonly sheetport: string
  readonly baseline: string
  readonly aim: string
  readonly met: AimVerdict
}

/** What a figure's function measured: a detail table, a summary line and what the numbers mean. */
export interface FigureBody {
  /** Header of the first column ("Sender", "File and path"…). */
  readonly firstColumn: string
  /** Headers of the measured columns. */
  readonly columns: readonly string[]
  readonly rows: readonly ResultRow[]
  readonly headline: Headline
  /** A short paragraph for BENCHMARKS.md, written from the measured numbers. */
  readonly meaning: string
}

/** Why a figure's function could not measure (e.g. the part of the app it measures does not exist yet). */
export interface NotMeasured {
  readonly reason: string
}

/** What a figure's function gives back. */
export type FigureReport = FigureBody | NotMeasured

/** Which figure, and over how many runs its medians are taken. */
interface FigureIdentity {
  readonly id: number
  readonly title: string
}

/** A measured figure, as the report lists it. */
export interface FigureResult extends FigureIdentity, FigureBody {
  readonly runs: number
}

/** A figure that did not run, and why. */
export interface SkippedFigure extends FigureIdentity, NotMeasured {}

/** What running one figure gives. */
export type FigureOutcome = FigureResult | SkippedFigure

/** Whether an outcome is a skipped figure. */
export function isSkipped(outcome: FigureOutcome): outcome is SkippedFigure {
  return 'reason' in outcome
}
