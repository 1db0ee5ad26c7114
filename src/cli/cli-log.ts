import { join } from 'node:path'
import { LOGS_FOLDER } from '../core/app/data-folders'
import { openAppLog, unexpectedError, type AppLog } from '../core/log'
import { SheetError } from '../core/sheets'
import { AppError } from '../shared/errors'
import { appDataDir } from './app-data'
import { CliError } from './cli-error'

/**
 * The CLI's support log: the desktop app's own file in the app's data
 * folder (SHEETPORT_DATA_DIR moves both), so one file tells support what
 * the app and the command line did, in order.
 */
export function openCliLog(env: NodeJS.ProcessEnv): AppLog {
  return openAppLog({ folder: join(appDataDir(env), LOGS_FOLDER), shell: 'cli' })
}

/** A failed command in the log: the code of a refusal Sheetport meant, or the kind of an error it did not expect. */
export function logCommandFailure(log: AppLog, error: unknown): void {
  if (error instanceof CliError) log.write({ event: 'command.refused', code: error.key })
  else if (error instanceof SheetError || error instanceof AppError) log.write({ event: 'command.refused', code: error.code })
  else log.write(unexpectedError('cli', error))
}
