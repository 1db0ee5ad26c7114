import type { ImportOptions } from './args'
import { shellWord } from './format'

/**
 * The exact command that continues a job, with the options that must stay
 * the same (connection, state folder, wait, OCC language); the job keeps
 * its own sheet, mapping and target.
 */
export function resumeCommand(options: ImportOptions, jobId: string): string {
  const words = ['npm', 'run', '--silent', 'cli', '--', 'import', options.file, '--resume', jobId]
  const c = options.connection
  if (c.kind === 'base-url') words.push('--base-url', c.url)
  if (c.kind === 'saved') words.push('--connection', c.name)
  if (options.stateDir !== null) words.push('--state-dir', options.stateDir)
  if (options.waitSeconds !== null) words.push('--wait', String(options.waitSeconds))
  if (options.language !== null) words.push('--language', options.language)
  return words.map(shellWord).join(' ')
}
