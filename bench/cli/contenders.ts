import { createRequire } from 'node:module'
import { join } from 'node:path'
import { INTAKE_TARGET } from '../intake/sample-sheet'
import { REPO_ROOT } from './built-cli'

/** Figure 7's three processes: the shipped CLI, the CLI from source as before bundling, and the SheetJS script. */
export type CliContender = 'built' | 'source' | 'sheetjs'

/** The contenders, in the order the first round runs them. */
export const CLI_CONTENDERS: readonly CliContender[] = ['built', 'source', 'sheetjs']

/** How to start one contender on a file, and how many data rows its output says it read. */
export interface ContenderCommand {
  readonly label: string
  /** Node's arguments: the script and its own. */
  readonly args: (file: string) => readonly string[]
  /** Data rows read, header excluded, from the process's stdout. */
  readonly dataRows: (stdout: string) => number
}

/** tsx's command-line entry: what `tsx src/cli/main.ts` (`npm run cli` before the bundle) ran under node. */
const TSX_CLI = createRequire(__filename).resolve('tsx/cli')

/** The cheapest command that reads, maps and checks every row and sends nothing (and starts no practice service). */
function dryRun(file: string): string[] {
  return ['import', file, '--target', INTAKE_TARGET, '--dry-run', '--json', '--ui-lang', 'en']
}

/** The one JSON line a process printed last. */
function lastJsonLine(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>
}

/** --dry-run --json's `total`: the rows checked. */
function checkedRows(stdout: string): number {
  return Number(lastJsonLine(stdout)['total'])
}

/** Each contender's command for a built CLI at `builtCli`. */
export function contenderCommands(builtCli: string): Readonly<Record<CliContender, ContenderCommand>> {
  return {
    built: { label: 'Shipped CLI: node out/cli/main.js import … --dry-run', args: (file) => [builtCli, ...dryRun(file)], dataRows: checkedRows },
    source: { label: 'Before bundling: tsx src/cli/main.ts import … --dry-run', args: (file) => [TSX_CLI, join(REPO_ROOT, 'src', 'cli', 'main.ts'), ...dryRun(file)], dataRows: checkedRows },
    sheetjs: {
      label: 'SheetJS: plain Node script, readFile (dense) + sheet_to_json (header: 1)',
      args: (file) => [join(__dirname, 'sheetjs-open.mjs'), file],
      dataRows: (stdout) => Number(lastJsonLine(stdout)['rows']) - 1
    }
  }
}
