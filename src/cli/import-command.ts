import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { prepareJob, type JobSource } from '../core/jobs'
import type { AppLog } from '../core/log'
import { TARGETS } from '../shared/targets'
import type { Language } from '../shared/text'
import { checkOptionsForTarget, type ImportOptions } from './args'
import { withHostFetch, type CliHost } from './cli-host'
import { usageError, type ExitCode } from './cli-error'
import { chooseMapping } from './choose-mapping'
import { openConnection } from './connection'
import { runDryRun } from './dry-run'
import { encodingNote } from './encoding-note'
import { screenForDryRun } from './dry-run-screen'
import { checkReportFolder } from './failure-report'
import type { Translate } from './i18n'
import type { Output } from './output'
import { defaultSheetNote, readInput } from './read-input'
import { continuedInput, readJobToContinue } from './resume'
import { runUpload } from './run-upload'
import { defaultStateDir } from './app-data'

/** What every command gets from main: the environment, where to write, and the language. */
export interface CliContext {
  readonly env: NodeJS.ProcessEnv
  readonly out: Output
  readonly t: Translate
  readonly language: Language
  /** The support log (the app's file): job starts and ends, retries, refusals. */
  readonly log: AppLog
  /** What the program running the CLI lends it (the desktop app's parser and network). */
  readonly host: CliHost
}

/** Makes sure job records can be written before anything is sent. */
async function prepareStateDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true, mode: 0o700 })
  } catch {
    throw usageError('state-dir-unusable', { path })
  }
}

/**
 * `import <file> --target <target>`: read the sheet, map it (automatically
 * or from --mapping), then either check it (--dry-run) or upload it through
 * the same job engine as the app — or continue a job with --resume.
 * Everything that can be refused is refused before the first request.
 */
export async function runImport(options: ImportOptions, ctx: CliContext): Promise<ExitCode> {
  const { env, out, t, language, log, host } = ctx
  const stateDir = resolve(options.stateDir ?? defaultStateDir(env))
  const continuing = options.resume === null ? null : await readJobToContinue(stateDir, options.resume, options.target)
  const target = continuing?.target ?? options.target
  if (target === null) throw usageError('no-target', { targets: TARGETS.join(', ') })
  checkOptionsForTarget(options, target)
  if (options.reportPath !== null) await checkReportFolder(options.reportPath)
  const sheetName = options.sheet ?? continuing?.state.job.sheetName ?? null
  const input = await readInput(options.file, sheetName, host.reader)
  const note = defaultSheetNote(input, sheetName !== null)
  if (note !== null) out.notice(t('sheet-default', note))
  const guessed = encodingNote(input.info, t)
  if (guessed !== null) out.notice(guessed)
  const { table, mapping } = continuing === null ? await chooseMapping(input.table, target, options.mappingPath, t, language) : continuedInput(continuing, input)
  const source: JobSource = { fileName: input.fileName, table, mapping, target }
  if (options.dryRun) {
    const prepared = prepareJob(source)
    const screen = await screenForDryRun(target, prepared, options.connection, env, host)
    return runDryRun(source, { out, t, language, json: options.json, reportPath: options.reportPath, prepared, screen })
  }
  await prepareStateDir(stateDir)
  const connection = withHostFetch(await openConnection(options.connection, target, env), host)
  try {
    if (continuing !== null && continuing.state.job.connectionId !== connection.id) {
      throw usageError('resume-connection-mismatch', { jobId: continuing.state.job.jobId, connectionName: continuing.state.job.connectionName ?? continuing.state.job.connectionId })
    }
    return await runUpload({ source, connection, continuing, options, stateDir, out, t, language, env, log })
  } finally {
    await connection.close()
  }
}
