import type { WorkbookInfo } from '../shared/sheet'
import type { CliMessageKey, Translate } from './i18n'

const NAMES: Readonly<Record<string, CliMessageKey>> = {
  'utf-8': 'encoding-name.utf-8',
  'euc-kr': 'encoding-name.euc-kr',
  'windows-1252': 'encoding-name.windows-1252'
}

/**
 * The stderr line for a CSV/TSV file whose encoding was a guess: which one
 * was assumed and how to save the file as "CSV UTF-8" in Excel. Null when
 * the encoding was certain (or the file is a workbook).
 */
export function encodingNote(info: WorkbookInfo, t: Translate): string | null {
  if (info.encodingUnsure !== true || info.encoding === null) return null
  const name = NAMES[info.encoding]
  return t('encoding-guessed', { fileName: info.fileName, encoding: name === undefined ? info.encoding : t(name) })
}
