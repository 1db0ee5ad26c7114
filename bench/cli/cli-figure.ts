import { rm } from 'node:fs/promises'
import { generateIntakeFiles } from '../intake/generate-files'
import { INTAKE_TARGET } from '../intake/sample-sheet'
import { duration, durationRange, fixed } from '../lib/format'
import { interleavedRuns } from '../lib/paired-runs'
import { median } from '../lib/stats'
import { timeProcess } from '../lib/timed-process'
import type { FigureBody, ResultRow } from '../lib/types'
import { ensureBuiltCli, REPO_ROOT } from './built-cli'
import { CLI_CONTENDERS, contenderCommands, type CliContender } from './contenders'

const ROWS = 100_000
/** The later issue's target: the shipped CLI no slower than the SheetJS script. */
const AIM_RATIO = 1.0

/** One process's run: spawn to exit, and the data rows it said it read. */
interface CliMeasurement {
  readonly wallMs: number
  readonly dataRows: number
}

type Round = Readonly<Record<CliContender, CliMeasurement>>

/**
 * Figure 7: the CLI opening a 100,000-row .xlsx as a whole process — the
 * wall-clock time from spawning `node` to its exit, as someone at the
 * terminal waits for it — for the shipped bundle and for the CLI run from
 * source through tsx (as before bundling), next to a plain Node script that
 * reads the same file with SheetJS and exits. Rounds interleave the three.
 */
export async function cliOpen(runs: number): Promise<FigureBody> {
  const commands = contenderCommands(ensureBuiltCli())
  const files = await generateIntakeFiles(ROWS)
  let rounds: Round[]
  try {
    const measure = async (contender: CliContender): Promise<CliMeasurement> => {
      const command = commands[contender]
      const run = await timeProcess(process.execPath, command.args(files.xlsx), REPO_ROOT)
      return { wallMs: run.wallMs, dataRows: command.dataRows(run.stdout) }
    }
    rounds = (await interleavedRuns(CLI_CONTENDERS, ['xlsx'] as const, runs, measure)).xlsx
  } finally {
    await rm(files.dir, { recursive: true, force: true })
  }
  const times = (contender: CliContender) => rounds.map((r) => r[contender].wallMs)
  const ratio = (contender: CliContender) => median(rounds.map((r) => r[contender].wallMs / r.sheetjs.wallMs))
  const allRowsRead = rounds.every((r) => CLI_CONTENDERS.every((c) => r[c].dataRows === ROWS))
  const row = (contender: CliContender): ResultRow => ({
    label: commands[contender].label,
    cells: [duration(median(times(contender))), durationRange(times(contender)), `${fixed(ratio(contender), 2)}×`]
  })
  const summary = (contender: CliContender) => `${fixed(ratio(contender), 2)}× (${duration(median(times(contender)))})`
  return {
    firstColumn: 'Process',
    columns: ['spawn to exit', 'fastest – slowest', '× SheetJS'],
    rows: CLI_CONTENDERS.map(row),
    headline: {
      measure: `${ROWS.toLocaleString('en')}-row .xlsx opened by a whole process, spawn to exit (CLI: import --dry-run): time × a SheetJS script`,
      sheetport: `built ${summary('built')}, from source (tsx) ${summary('source')}`,
      baseline: `SheetJS script ${duration(median(times('sheetjs')))}`,
      aim: `built ≤ ${fixed(AIM_RATIO, 1)}×`,
      met: ratio('built') <= AIM_RATIO && allRowsRead
    },
    meaning:
      `Each measurement is one \`node\` process started fresh, timed from spawn() to its exit: Node's start-up, loading the code, reading the file from disk, parsing, and exiting are all in it, as for someone waiting at the terminal. ` +
      `The file is figure 4's .xlsx (${ROWS.toLocaleString('en')} rows × 10 product columns, 상품 sheet), generated once. ` +
      `The CLI runs \`import <file> --target ${INTAKE_TARGET} --dry-run --json\`: the cheapest command that reads every row in its parsing worker, maps it automatically and checks it, and sends nothing (no practice service is started). ` +
      `The worker reads an .xlsx with Sheetport's own reader (src/core/sheets/xlsx): it inflates only the parts it needs and scans the sheet's XML in chunks of whole rows, straight to cell texts, giving the same sheets, counts and texts as the SheetJS path it falls back to for files it does not read itself (namespace-prefixed XML, ISO date cells); until issue 17 the worker parsed with SheetJS, 1.39× this baseline. ` +
      `"Before bundling" is \`tsx src/cli/main.ts\`, what \`npm run cli\` ran until the CLI was built into out/cli: tsx starts a second node process with its loader and compiles the sources (and the worker's) as they load, from its disk cache after the first run. ` +
      `The baseline is bench/cli/sheetjs-open.mjs, plain Node without tsx: XLSX.readFile with dense: true, sheet_to_json with header: 1, then exit; it neither maps nor checks. ` +
      `Rounds run the three one at a time, each round starting with the next one in turn; a ratio is the median of per-round ratios (built ${fixed(ratio('built'), 2)}×, from source ${fixed(ratio('source'), 2)}×), and "fastest – slowest" is the spread over the ${rounds.length} rounds. ` +
      `${allRowsRead ? `Every process read all ${ROWS.toLocaleString('en')} rows.` : `NOT every process read all ${ROWS.toLocaleString('en')} rows.`}`
  }
}
