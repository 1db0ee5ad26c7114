import { parseCommand } from './args'
import type { ExitCode } from './cli-error'
import { describeError } from './describe-error'
import { chooseLanguage, translator } from './i18n'
import { runImport } from './import-command'
import { Output, type Streams } from './output'

/**
 * The whole command line as a function: reads the arguments, runs the
 * command, and turns every failure into one line on stderr and an exit
 * code (never a stack trace).
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, streams: Streams): Promise<ExitCode> {
  const language = chooseLanguage(argv, env)
  const t = translator(language)
  try {
    const command = parseCommand(argv)
    if (command.kind === 'help') {
      streams.stdout.write(`${t('help')}\n`)
      return 0
    }
    return await runImport(command.options, { env, out: new Output(streams, command.options.json), t, language })
  } catch (error) {
    const { line, exitCode } = describeError(error, t, language)
    streams.stderr.write(`${line}\n`)
    return exitCode
  }
}

/** Waits until what was written to a stream has been handed to the OS, so exiting loses nothing. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()))
}

/** The last safety net: an error nobody caught still ends as one line and exit 1, never a stack trace. */
function exitOnStrayErrors(): void {
  const language = chooseLanguage(process.argv.slice(2), process.env)
  const t = translator(language)
  const stray = (error: unknown): void => {
    process.stderr.write(`${describeError(error, t, language).line}\n`)
    process.exit(1)
  }
  process.on('uncaughtException', stray)
  process.on('unhandledRejection', stray)
}

/** The entry point of `npm run cli`: exits with runCli's code once the output is flushed. */
async function main(): Promise<void> {
  exitOnStrayErrors()
  let code: ExitCode
  try {
    code = await runCli(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr })
  } catch {
    code = 1
  }
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  // Exit explicitly: idle keep-alive sockets must not hold the process open after the job is done.
  process.exit(code)
}

void main()
