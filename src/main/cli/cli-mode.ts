import type { App } from 'electron'
import type { CliHost } from '../../cli/cli-host'
import { runCliProcess } from '../../cli/cli-process'

/** The switch that starts the installed app as Sheetport's command line: `Sheetport --cli import …`. */
export const CLI_SWITCH = '--cli'

/**
 * The CLI's own arguments when the app was started with --cli, else null.
 * Everything after the switch belongs to the CLI, so `--cli --help` works
 * and nothing of Electron's (the app path in dev, Chromium switches before
 * it) reaches the CLI.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH)
  return at === -1 ? null : argv.slice(at + 1)
}

/**
 * Runs the CLI inside the installed app, where there is no separate Node
 * (the run-as-node fuse is off): no window, no dock icon, no
 * single-instance lock (the app may be open beside it), the installed
 * app's data folder and keychain entries, and Electron's parser process
 * and network stack once the app is ready. Ends the process with the CLI's
 * exit code.
 */
export function runCliMode(app: Pick<App, 'whenReady' | 'exit'> & { dock?: { hide(): void } | undefined }, args: readonly string[], host: () => CliHost): void {
  app.dock?.hide()
  void app
    .whenReady()
    .then(() => runCliProcess(args, process.env, { stdout: process.stdout, stderr: process.stderr }, host()))
    .catch(() => 1 as const)
    .then((code) => app.exit(code))
}
