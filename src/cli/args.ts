import { parseArgs } from 'node:util'
import { checkBaseUrl } from '../core/connections/base-url'
import { JOB_ID_PATTERN } from '../core/jobs/job-id'
import { reportFormatOf } from '../core/report'
import { isFollowedAfterSending, isTargetId, TARGETS, type TargetId } from '../shared/targets'
import { usageError } from './cli-error'

/** Where the rows go: the built-in practice service, a service address with keys from the environment, or a connection saved in the app. */
export type ConnectionChoice = { readonly kind: 'sandbox'; readonly explicit: boolean } | { readonly kind: 'base-url'; readonly url: string } | { readonly kind: 'saved'; readonly name: string }

/** Everything `import` was asked to do, checked. */
export interface ImportOptions {
  readonly file: string
  /** Null only with --resume (the job knows its target). */
  readonly target: TargetId | null
  readonly sheet: string | null
  readonly mappingPath: string | null
  readonly connection: ConnectionChoice
  /** OCC X-CCAsset-Language. */
  readonly language: string | null
  readonly reportPath: string | null
  readonly dryRun: boolean
  readonly waitSeconds: number | null
  readonly stateDir: string | null
  readonly resume: string | null
  readonly json: boolean
  /** Hidden: the id for a new job, so tests can find its journal. */
  readonly jobId: string | null
}

/** What `read` was asked to show. */
export interface ReadOptions {
  readonly file: string
  readonly sheet: string | null
  readonly json: boolean
}

/** What `mapping` was asked to propose. */
export interface MappingOptions {
  readonly file: string
  readonly target: TargetId
  readonly sheet: string | null
  readonly json: boolean
}

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'import'; readonly options: ImportOptions }
  | { readonly kind: 'read'; readonly options: ReadOptions }
  | { readonly kind: 'mapping'; readonly options: MappingOptions }

/** The options `read` takes; every other one is for `import`. */
const READ_OPTIONS: ReadonlySet<string> = new Set(['sheet', 'json', 'ui-lang', 'help'])
/** The options `mapping` takes: read's and the target. */
const MAPPING_OPTIONS: ReadonlySet<string> = new Set([...READ_OPTIONS, 'target'])

const OPTIONS = {
  target: { type: 'string' },
  sheet: { type: 'string' },
  mapping: { type: 'string' },
  sandbox: { type: 'boolean' },
  'base-url': { type: 'string' },
  connection: { type: 'string' },
  language: { type: 'string' },
  report: { type: 'string' },
  'dry-run': { type: 'boolean' },
  wait: { type: 'string' },
  'state-dir': { type: 'string' },
  resume: { type: 'string' },
  json: { type: 'boolean' },
  'ui-lang': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'job-id': { type: 'string' }
} as const

/** An OCC asset language: ko, en, en_US, zh-Hant… */
const LANGUAGE_CODE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2}$/

/** parseArgs' own errors, turned into one line of the user's language. */
function argumentError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : ''
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError('unknown-option', { option })
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? usageError('option-takes-no-value', { option }) : usageError('option-needs-value', { option })
  }
  return usageError('bad-arguments')
}

function read(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw argumentError(error)
  }
}

function connectionChoice(values: { sandbox?: boolean; 'base-url'?: string; connection?: string }): ConnectionChoice {
  const given = [values.sandbox === true, values['base-url'] !== undefined, values.connection !== undefined].filter(Boolean).length
  if (given > 1) throw usageError('connection-conflict')
  if (values['base-url'] !== undefined) {
    try {
      return { kind: 'base-url', url: checkBaseUrl(values['base-url']) }
    } catch {
      throw usageError('bad-base-url', { value: values['base-url'] })
    }
  }
  if (values.connection !== undefined) return { kind: 'saved', name: values.connection }
  return { kind: 'sandbox', explicit: values.sandbox === true }
}

function targetOf(value: string | undefined, resuming: boolean): TargetId | null {
  const targets = TARGETS.join(', ')
  if (value === undefined) {
    if (resuming) return null
    throw usageError('no-target', { targets })
  }
  if (!isTargetId(value)) throw usageError('bad-target', { value, targets })
  return value
}

/** The target of a command that cannot go without one. */
function requiredTarget(value: string | undefined): TargetId {
  const target = targetOf(value, false)
  if (target === null) throw usageError('no-target', { targets: TARGETS.join(', ') })
  return target
}

function jobIdOf(value: string | undefined): string | null {
  if (value === undefined) return null
  if (!JOB_ID_PATTERN.test(value)) throw usageError('bad-job-id', { value })
  return value
}

function waitOf(value: string | undefined): number | null {
  if (value === undefined) return null
  const seconds = Number(value)
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw usageError('bad-wait')
  return seconds
}

/**
 * Reads the command line into a command, refusing (exit 2, one line) any
 * unknown option, missing value, bad target, bad address or bad file name
 * before anything is read or sent.
 */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = read(argv)
  if (values.help === true) return { kind: 'help' }
  const [command, file, extra] = positionals
  if (command === undefined) throw usageError('no-command')
  if (command !== 'import' && command !== 'read' && command !== 'mapping') throw usageError('unknown-command', { command })
  if (file === undefined) throw usageError('no-file')
  if (extra !== undefined) throw usageError('extra-argument', { value: extra })
  const uiLang = values['ui-lang']
  if (uiLang !== undefined && uiLang !== 'ko' && uiLang !== 'en') throw usageError('bad-ui-lang')
  if (command === 'read') {
    const other = Object.keys(values).find((name) => !READ_OPTIONS.has(name))
    if (other !== undefined) throw usageError('read-option', { option: `--${other}` })
    return { kind: 'read', options: { file, sheet: values.sheet ?? null, json: values.json === true } }
  }
  if (command === 'mapping') {
    const other = Object.keys(values).find((name) => !MAPPING_OPTIONS.has(name))
    if (other !== undefined) throw usageError('mapping-option', { option: `--${other}` })
    return { kind: 'mapping', options: { file, target: requiredTarget(values.target), sheet: values.sheet ?? null, json: values.json === true } }
  }
  if (values.report !== undefined && reportFormatOf(values.report) === null) throw usageError('bad-report-extension')
  if (values.language !== undefined && !LANGUAGE_CODE.test(values.language)) throw usageError('bad-language', { value: values.language })
  const resume = jobIdOf(values.resume)
  return {
    kind: 'import',
    options: {
      file,
      target: targetOf(values.target, resume !== null),
      sheet: values.sheet ?? null,
      mappingPath: values.mapping ?? null,
      connection: connectionChoice(values),
      language: values.language ?? null,
      reportPath: values.report ?? null,
      dryRun: values['dry-run'] === true,
      waitSeconds: waitOf(values.wait),
      stateDir: values['state-dir'] ?? null,
      resume,
      json: values.json === true,
      jobId: jobIdOf(values['job-id'])
    }
  }
}

/** Refuses options that make no sense for the target (known only after a resumed job's record is read). */
export function checkOptionsForTarget(options: ImportOptions, target: TargetId): void {
  if (options.waitSeconds !== null && !isFollowedAfterSending(target)) throw usageError('wait-not-followed')
  if (options.language !== null && target !== 'customers:create') throw usageError('language-customers-only')
}
