import { AppError } from '../../shared/errors'
import type { DownloadFile } from '../../shared/import-view'
import { writeFileAtomic } from '../fs/atomic-write'
import { reportFormatOf, type ReportFormat } from './report-format'

/**
 * The report format a save path asks for (the CLI's `--report FILE`), or a
 * plain refusal for any extension other than .xlsx and .csv.
 */
export function reportFormatForPath(path: string): ReportFormat {
  const format = reportFormatOf(path)
  if (format === null) {
    throw new AppError('report.bad-extension', 'The report file name must end in .xlsx or .csv.', { path })
  }
  return format
}

/** Why saving failed, by Node's error code: a stable cause (for translation) and plain English. */
const WRITE_FAILURES = new Map<string, { readonly cause: string; readonly words: string }>([
  ['ENOENT', { cause: 'no-folder', words: 'the folder does not exist' }],
  ['ENOTDIR', { cause: 'no-folder', words: 'the folder does not exist' }],
  ['EACCES', { cause: 'not-allowed', words: 'you are not allowed to save there' }],
  ['EPERM', { cause: 'in-use', words: 'the file is open in another program (Excel?) or you are not allowed to save there' }],
  ['EBUSY', { cause: 'in-use', words: 'the file is open in another program (Excel?)' }],
  ['EISDIR', { cause: 'is-folder', words: 'that is a folder, not a file name' }],
  ['ENOSPC', { cause: 'disk-full', words: 'the disk is full' }],
  ['EROFS', { cause: 'read-only', words: 'that disk is read-only' }]
])

function writeFailure(error: unknown, path: string): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const failure = (code !== undefined && WRITE_FAILURES.get(code)) || { cause: 'other', words: 'the file could not be written' }
  return new AppError('report.write-failed', `The report could not be saved to ${path}: ${failure.words}.`, { path, cause: failure.cause })
}

/**
 * Saves a built report at `path` atomically: whoever opens the file sees the
 * old one or the whole new one, never half a report. Refuses a path whose
 * extension is not the report's own format, so CSV bytes never land in a
 * file named .xlsx.
 */
export async function writeReport(path: string, report: DownloadFile): Promise<void> {
  const wanted = reportFormatForPath(path)
  const made = reportFormatOf(report.fileName)
  if (made !== wanted) {
    throw new AppError('report.format-mismatch', `This report was made as .${made ?? '?'}, but the file name ends in .${wanted}.`, { path })
  }
  try {
    await writeFileAtomic(path, report.bytes)
  } catch (error) {
    throw writeFailure(error, path)
  }
}
