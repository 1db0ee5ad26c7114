import type { ErrorKind } from '../upload/classify-error'

/** Which program wrote a log line: the desktop app, the browser build, or the CLI. */
export type LogShell = 'desktop' | 'web' | 'cli'

/**
 * Everything Sheetport ever writes to its log, as a closed list. Each field
 * is a count, a flag or a short code from Sheetport's own vocabulary (job
 * ids, targets, statuses, reason codes, error names): there is no field for
 * free text, so no cell value, key, password, URL or path can get in.
 */
export type LogEvent =
  | { readonly event: 'app.start'; readonly version: string; readonly platform: string; readonly arch: string }
  | { readonly event: 'app.quit'; readonly runningJobs: number }
  /** A CLI run: which command, and how it ended (exit code), or the code of what it refused. */
  | { readonly event: 'command.start'; readonly command: string; readonly platform: string }
  | { readonly event: 'command.refused'; readonly code: string }
  | { readonly event: 'command.end'; readonly exit: number; readonly seconds: number }
  | { readonly event: 'job.start'; readonly job: string; readonly target: string; readonly rows: number; readonly invalid: number; readonly resumed: boolean; readonly parent?: string }
  | {
      readonly event: 'job.end'
      readonly job: string
      readonly status: string
      readonly accepted: number
      readonly failed: number
      readonly pending: number
      readonly unknown: number
      readonly queued: number
      readonly requests: number
      readonly seconds: number
    }
  /** Why rows were refused, per reason code, once per job. */
  | { readonly event: 'job.refusals'; readonly job: string; readonly reasons: Readonly<Record<string, number>> }
  /** A request that failed as a whole, and what the engine did about it (retry, wait, pause, look up, give up). */
  | { readonly event: 'request.setback'; readonly job: string; readonly action: string; readonly kind: ErrorKind; readonly status?: number; readonly reason?: string }
  | { readonly event: 'update.status'; readonly state: string; readonly version?: string; readonly code?: string }
  /** Something went wrong that Sheetport did not expect: where, and the error's kind — never its message. */
  | { readonly event: 'error.unexpected'; readonly where: string; readonly name: string; readonly code?: string }

/** A value the log may hold as it is: Sheetport's own ids and codes. Anything else is written as `?`. */
const SAFE_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/

function token(value: string): string {
  return SAFE_TOKEN.test(value) ? value : '?'
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '?'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'string') return token(value)
  if (typeof value === 'object' && value !== null) {
    const pairs = Object.entries(value as Record<string, unknown>).map(([key, count]) => `${token(key)}:${formatValue(count)}`)
    return pairs.length === 0 ? '-' : pairs.join(',')
  }
  return '?'
}

/**
 * One line of the log: time, program and process id, the event, then its
 * fields as key=value. A field that is not a safe token is written as `?`,
 * so even a wrong caller cannot put a customer's words in the file.
 */
export function formatLogLine(event: LogEvent, at: Date, shell: LogShell, pid: number): string {
  const fields = Object.entries(event)
    .filter(([key, value]) => key !== 'event' && value !== undefined)
    .map(([key, value]) => `${token(key)}=${formatValue(value)}`)
  return [at.toISOString(), `${shell}[${pid}]`, token(event.event), ...fields].join(' ')
}
