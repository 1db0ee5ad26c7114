/**
 * `npm run bench`: how close to the services' limits Sheetport runs, and
 * what it costs the machine (issue 8). Runs the figures one after another,
 * prints the table and writes BENCHMARKS.md. Knobs: see lib/config.ts.
 */
import { writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { FIGURES } from './figures'
import { readConfig } from './lib/config'
import { benchmarksMarkdown, detailTable, summaryTable } from './lib/document'
import { describeMachine, machineLine } from './lib/machine'
import { isSkipped, type FigureOutcome } from './lib/types'

/** The command as someone would type it again, with the knobs that were set. */
function commandLine(env: NodeJS.ProcessEnv): string {
  const knobs = Object.keys(env)
    .filter((name) => name.startsWith('BENCH_'))
    .sort()
    .map((name) => `${name}=${env[name] ?? ''}`)
  return [...knobs, 'npm run bench'].join(' ')
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`)
}

async function main(): Promise<void> {
  const config = readConfig()
  const machine = describeMachine()
  const date = new Date()
  const startedAt = performance.now()
  log(`machine: ${machineLine(machine)}`)
  const outcomes: FigureOutcome[] = []
  for (const id of config.figures) {
    const figure = FIGURES[id]
    const runs = config.runs(id)
    log(`figure ${id}, ${figure.title}: ${runs} run${runs === 1 ? '' : 's'}…`)
    const figureStart = performance.now()
    try {
      const report = await figure.run(runs)
      outcomes.push('reason' in report ? { id, title: figure.title, reason: report.reason } : { id, title: figure.title, runs, ...report })
    } catch (error) {
      process.exitCode = 1
      const message = error instanceof Error ? error.message : String(error)
      log(`figure ${id} failed: ${error instanceof Error ? (error.stack ?? message) : message}`)
      outcomes.push({ id, title: figure.title, reason: `the bench failed: ${message.split('\n')[0] ?? ''}` })
    }
    log(`figure ${id} done in ${Math.round((performance.now() - figureStart) / 1000)} s`)
  }
  const markdown = benchmarksMarkdown({ command: commandLine(process.env), date, machine, elapsedMs: performance.now() - startedAt, outcomes })
  await writeFile(config.outputPath, markdown, 'utf8')
  const details = outcomes.flatMap((o) => (isSkipped(o) ? [] : [`\n${o.id}. ${o.title}\n${detailTable(o)}`]))
  process.stdout.write(`${summaryTable(outcomes)}\n${details.join('\n')}\n\nWritten to ${config.outputPath}.\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
