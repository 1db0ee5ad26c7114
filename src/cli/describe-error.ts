import { SheetError } from '../core/sheets'
import { AppError } from '../shared/errors'
import type { Language } from '../shared/text'
import { CliError } from './cli-error'
import { sheetErrorText, type Translate } from './i18n'

/** Longest error text shown: one line, never a stack trace. */
const MAX_MESSAGE = 300

/** Anything thrown, as one line of the user's language and the exit code it calls for. */
export interface DescribedError {
  readonly line: string
  readonly exitCode: 1 | 2
}

function oneLine(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  return first.length > MAX_MESSAGE ? `${first.slice(0, MAX_MESSAGE)}…` : first
}

/**
 * Turns any error into the one line the user sees: the CLI's own refusals
 * and the reader's in their language, the core's AppErrors by their safe
 * message, and anything else as "something unexpected" with the first line
 * of its message (exit 1). A resume the core refuses is a usage error (2).
 */
export function describeError(error: unknown, t: Translate, language: Language): DescribedError {
  if (error instanceof CliError) return { line: t(error.key, error.params), exitCode: error.exitCode }
  if (error instanceof SheetError) return { line: sheetErrorText(error, language), exitCode: 2 }
  if (error instanceof AppError) return { line: t('app-error', { message: oneLine(error.message) }), exitCode: error.code === 'jobs.resume-refused' ? 2 : 1 }
  const message = error instanceof Error ? error.message : String(error)
  return { line: t('unexpected', { message: oneLine(message) }), exitCode: 1 }
}
