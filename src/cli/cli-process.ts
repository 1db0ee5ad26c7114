import { growHeapSlowly } from '../core/memory/heap-growth'
import type { ExitCode } from './cli-error'
import type { CliHost } from './cli-host'
import { describeError } from './describe-error'
import { chooseLanguage, translator } from './i18n'
import type { Streams } from './output'
import { runCli } from './run-cli'

/** Waits until what was written to a stream has been handed to the OS, so exiting loses nothing. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()))
}

/**
 * The last safety net while a run is under way: an error nobody caught
 * (a stray rejection deep in a socket) still ends the run as one line and
 * exit 1, never a stack trace. Returns the promise of that ending and the
 * function that takes the handlers off again, so a host that runs the CLI
 * more than once never stacks them.
 */
function catchStrayErrors(argv: readonly string[], env: NodeJS.ProcessEnv, stderr: NodeJS.WritableStream): { stray: Promise<ExitCode>; release: () => void } {
  const language = chooseLanguage(argv, env)
  let onStray: (error: unknown) => void = () => {}
  const stray = new Promise<ExitCode>((resolve) => {
    onStray = (error) => {
      stderr.write(`${describeError(error, translator(language), language).line}\n`)
      resolve(1)
    }
  })
  process.on('uncaughtException', onStray)
  process.on('unhandledRejection', onStray)
  const release = (): void => {
    process.off('uncaughtException', onStray)
    process.off('unhandledRejection', onStray)
  }
  return { stray, release }
}

/**
 * The CLI as a process would run it, without ending the process: for
 * out/cli/main.js, and for the desktop app's `--cli` mode, where there is
 * no separate node to run. Resolves with the exit code once the output is
 * flushed; the caller exits (explicitly: idle keep-alive sockets would
 * otherwise hold the process open after the job is done). Ctrl-C is
 * handled by the import itself, as in a terminal.
 */
export async function runCliProcess(argv: readonly string[], env: NodeJS.ProcessEnv, streams: Streams, host: CliHost = {}): Promise<ExitCode> {
  growHeapSlowly()
  const { stray, release } = catchStrayErrors(argv, env, streams.stderr)
  // runCli words its own failures; a rejection here would be a bug, still worth exit 1 rather than a trace.
  const code = await Promise.race([runCli(argv, env, streams, host), stray]).catch((): ExitCode => 1)
  // The net stays up while the output drains: the caller exits right after.
  await Promise.all([drained(streams.stdout), drained(streams.stderr)])
  release()
  return code
}
