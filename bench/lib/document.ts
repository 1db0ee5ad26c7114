import { machineLine, type Machine } from './machine'
import { markdownTable } from './markdown'
import { isSkipped, type AimVerdict, type FigureOutcome, type FigureResult } from './types'

/** Everything BENCHMARKS.md and the printed table are made from. */
export interface BenchReport {
  readonly command: string
  readonly date: Date
  readonly machine: Machine
  readonly elapsedMs: number
  readonly outcomes: readonly FigureOutcome[]
}

function verdict(met: AimVerdict): string {
  return met === null ? 'no aim' : met ? 'yes' : 'NO'
}

function runsNote(runs: number): string {
  return runs === 1 ? '1 run' : `median of ${runs} runs`
}

/** The one-line-per-figure table: what was measured, Sheetport, the baselines, the aim and whether it was met. */
export function summaryTable(outcomes: readonly FigureOutcome[]): string {
  const rows = outcomes.map((o) =>
    isSkipped(o)
      ? [String(o.id), o.title, `not measured: ${o.reason}`, '', '', '', '']
      : [String(o.id), `${o.title} (${runsNote(o.runs)})`, o.headline.measure, o.headline.sheetport, o.headline.baseline, o.headline.aim, verdict(o.headline.met)]
  )
  return markdownTable(['#', 'Figure', 'Measure', 'Sheetport', 'Baseline', 'Aim', 'Met'], rows)
}

/** One figure's detail table. */
export function detailTable(figure: FigureResult): string {
  return markdownTable([figure.firstColumn, ...figure.columns], figure.rows.map((r) => [r.label, ...r.cells]))
}

function figureSection(outcome: FigureOutcome): string {
  if (isSkipped(outcome)) return `## ${outcome.id}. ${outcome.title}\n\nNot measured: ${outcome.reason}\n`
  const aim = outcome.headline.met === null ? 'This figure has no aim.' : `Aim (${outcome.headline.aim}): ${outcome.headline.met ? 'met' : '**not met**'}.`
  return [`## ${outcome.id}. ${outcome.title} (${runsNote(outcome.runs)})`, '', detailTable(outcome), '', `**What the numbers mean.** ${outcome.meaning}`, '', aim, ''].join('\n')
}

function minutes(ms: number): string {
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** BENCHMARKS.md: the command, the date and the machine, the summary, then each figure in detail. */
export function benchmarksMarkdown(report: BenchReport): string {
  return [
    '# Sheetport benchmarks',
    '',
    `Produced by \`${report.command}\` on ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${minutes(report.elapsedMs)}.`,
    '',
    `Machine: ${machineLine(report.machine)}.`,
    '',
    'Each figure is measured side by side with its baseline in the same run; a figure over several runs shows the median of each cell. Other programs on the machine share its cores, so CPU-bound figures (4–7) vary by a few percent from run to run; figure 8 counts columns, not time, and does not vary.',
    '',
    '## Summary',
    '',
    summaryTable(report.outcomes),
    '',
    ...report.outcomes.map(figureSection)
  ].join('\n')
}
