import { formatLogLine, type LogEvent, type LogShell } from './log-events'
import { DEFAULT_ROTATION, RotatingFile, type RotationLimits } from './rotating-file'

/** The log file's name in the logs folder (older ones: sheetport.1.log …). */
export const LOG_FILE_BASE = 'sheetport'

/** Where Sheetport's support log is and whether it is being written. */
export interface LogLocation {
  readonly folder: string
  readonly file: string
}

/**
 * The log people can hand to support: job starts and ends, retries,
 * refusals and unexpected errors, from the app and the CLI alike. Only
 * the closed list of LogEvent can be written (see log-events.ts).
 */
export interface AppLog {
  write(event: LogEvent): void
  readonly location: LogLocation | null
}

/** A log that writes nothing (tests, benchmarks, and where no data folder exists). */
export const NO_LOG: AppLog = { write: () => {}, location: null }

/** What openAppLog needs: the folder, which program writes, and (tests) a clock and smaller files. */
export interface AppLogOptions {
  readonly folder: string
  readonly shell: LogShell
  readonly limits?: RotationLimits
  readonly now?: () => Date
  readonly pid?: number
}

/** Opens (lazily: nothing is created until the first line) the rotating log in a folder. */
export function openAppLog(options: AppLogOptions): AppLog {
  const file = new RotatingFile(options.folder, LOG_FILE_BASE, options.limits ?? DEFAULT_ROTATION)
  const now = options.now ?? (() => new Date())
  const pid = options.pid ?? process.pid
  return {
    write: (event) => void file.append(formatLogLine(event, now(), options.shell, pid)),
    location: { folder: options.folder, file: file.path }
  }
}

/** An unexpected error as the log may keep it: where it happened, its name and code, never its message. */
export function unexpectedError(where: string, error: unknown): LogEvent {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {}
  const name = error instanceof Error ? error.name : typeof error
  const code = typeof record['code'] === 'string' ? record['code'] : undefined
  return { event: 'error.unexpected', where, name, ...(code !== undefined ? { code } : {}) }
}
