import { extraPrefix, findField } from '../../shared/catalog'
import type { ColumnMapping } from '../../shared/mapping'

/**
 * Mapped-row key → the column that feeds it: a catalog field, or an extra
 * column under its prefix (`metadata.fabric`). Problems are found per field;
 * this is how they find their way back to a cell. Fields fed only by a fixed
 * value are absent.
 */
export function columnsByField(mapping: ColumnMapping): ReadonlyMap<string, number> {
  const prefix = extraPrefix(mapping.target)
  const columns = new Map<string, number>()
  mapping.columns.forEach((a, column) => {
    const field = a.kind === 'field' ? a.field : a.kind === 'extra' && prefix !== null ? `${prefix}${a.key}` : null
    if (field !== null && !columns.has(field)) columns.set(field, column)
  })
  // A full-name column answers for the family and given name it fills, unless a column of their own does.
  for (const [field, column] of [...columns]) for (const filled of findField(mapping.target, field)?.fills ?? []) if (!columns.has(filled)) columns.set(filled, column)
  return columns
}
