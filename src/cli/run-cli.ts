import { parseCommand } from './args'
import type { ExitCode } from './cli-error'
import type { CliHost } from './cli-host'
import { logCommandFailure, openCliLog } from './cli-log'
import { describeError } from './describe-error'
import { chooseLanguage, translator } from './i18n'
import { runImport } from './import-command'
import { runMapping } from './mapping-command'
import { runRead } from './read-command'
import { Output, type Streams } from './output'

/**
 * The whole command line as a function: reads the arguments, runs the
 * command, and turns every failure into one line on stderr and an exit
 * code (never a stack trace). Touches nothing process-wide, so tests can
 * call it in-process.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, streams: Streams, host: CliHost = {}): Promise<ExitCode> {
  const language = chooseLanguage(argv, env)
  const t = translator(language)
  const log = openCliLog(env)
  const startedAt = Date.now()
  try {
    const command = parseCommand(argv)
    if (command.kind === 'help') {
      streams.stdout.write(`${t('help')}\n`)
      return 0
    }
    const context = { env, out: new Output(streams, command.options.json), t, language, log, host }
    if (command.kind === 'read') return await runRead(command.options, context)
    if (command.kind === 'mapping') return await runMapping(command.options, context)
    log.write({ event: 'command.start', command: command.options.dryRun ? 'import.dry-run' : command.options.resume !== null ? 'import.resume' : 'import', platform: process.platform })
    const exit = await runImport(command.options, context)
    log.write({ event: 'command.end', exit, seconds: (Date.now() - startedAt) / 1000 })
    return exit
  } catch (error) {
    logCommandFailure(log, error)
    const { line, exitCode } = describeError(error, t, language)
    streams.stderr.write(`${line}\n`)
    return exitCode
  }
}
