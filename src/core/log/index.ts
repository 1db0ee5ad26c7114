export { NO_LOG, openAppLog, unexpectedError, LOG_FILE_BASE, type AppLog, type AppLogOptions, type LogLocation } from './app-log'
export type { LogEvent, LogShell } from './log-events'
export { DEFAULT_ROTATION, type RotationLimits } from './rotating-file'
