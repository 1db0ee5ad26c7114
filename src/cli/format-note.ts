import { headersOf, recogniseFormat } from '../core/mapping'
import { presetFor } from '../core/mapping/platforms'
import type { ColumnMapping } from '../shared/mapping'
import type { SheetTable } from '../shared/sheet'
import type { Language } from '../shared/text'

/**
 * The name of the platform format the sheet was recognised as ("Cafe24
 * product export"), when the mapping in use is for that format's kind of
 * rows; null otherwise.
 */
export function recognisedFormatName(table: SheetTable, mapping: ColumnMapping, language: Language): string | null {
  const headers = headersOf(table)
  const recognised = recogniseFormat(headers)
  if (recognised === null || !presetFor(recognised.format, headers, mapping.target).some((f) => f !== undefined)) return null
  return recognised.format.name[language]
}
