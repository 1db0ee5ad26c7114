import { autoMapTable, unmappedRequiredFields } from '../core/mapping'
import { findField } from '../shared/catalog'
import type { ColumnMapping } from '../shared/mapping'
import type { SheetTable } from '../shared/sheet'
import type { Language } from '../shared/text'
import type { TargetId } from '../shared/targets'
import { usageError } from './cli-error'
import type { Translate } from './i18n'
import { loadMappingFile, type MappedTable } from './mapping-file'

/** A field as staff would title its column: the label in their language, with the field's name. */
function fieldWords(target: TargetId, field: string, language: Language): string {
  const label = findField(target, field)?.label[language]
  return label === undefined ? `“${field}”` : `“${label}” (${field})`
}

/** Stops the run (exit 2) when a required field has no column and no fixed value, naming it as a column title. */
export function assertRequiredMapped(mapping: ColumnMapping, t: Translate, language: Language): void {
  const missing = unmappedRequiredFields(mapping, mapping.target)
  if (missing.length === 0) return
  const fields = missing.map((m) => m.anyOf.map((f) => fieldWords(mapping.target, f, language)).join(t('field-or'))).join(', ')
  throw usageError('unmapped-required', { fields, target: mapping.target })
}

/**
 * The mapping a run uses: the --mapping file when given, else the
 * automatic one; either way every required field must be fed.
 */
export async function chooseMapping(table: SheetTable, target: TargetId, mappingPath: string | null, t: Translate, language: Language): Promise<MappedTable> {
  const chosen = mappingPath === null ? { table, mapping: autoMapTable(table, target) } : await loadMappingFile(mappingPath, table, target, language)
  assertRequiredMapped(chosen.mapping, t, language)
  return chosen
}
