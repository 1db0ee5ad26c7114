import type { CliMessageKey, TextParams } from './i18n'

/** How the command ends: 0 every row went through, 1 some did not (or the run failed), 2 the command or its input could not be used. */
export type ExitCode = 0 | 1 | 2

/**
 * A refusal the command line explains in one line of the user's language
 * (a text key and its values) and ends with `exitCode`. Everything the CLI
 * refuses on purpose is one of these; anything else thrown is unexpected.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly key: CliMessageKey,
    readonly params: TextParams = {}
  ) {
    super(key)
    this.name = 'CliError'
  }
}

/** A usage or input error (exit 2): a bad option, an unreadable file, a mapping that can't work. */
export function usageError(key: CliMessageKey, params: TextParams = {}): CliError {
  return new CliError(2, key, params)
}
