import { extraPrefix, findField } from '../../shared/catalog'
import type { FieldDef } from '../../shared/catalog'
import type { ColumnMapping, MappedRow, ValueMapEntry } from '../../shared/mapping'
import type { SheetRow, SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { headersOf } from './auto-map'
import { coerceValue } from './coerce'
import { percentNumber } from './percent'
import { compileTemplate } from './value-template'
import { expandDerivedFields } from './derived-fields'

/** True when a mapping was made for this table's header row (same place, same texts). */
export function mappingFitsTable(mapping: ColumnMapping, table: SheetTable): boolean {
  if (mapping.headerIndex !== table.headerIndex) return false
  const headers = headersOf(table)
  const length = Math.max(headers.length, mapping.headers.length)
  for (let i = 0; i < length; i++) {
    if ((headers[i] ?? '').trim() !== (mapping.headers[i] ?? '').trim()) return false
  }
  return true
}

/**
 * Turns the data rows (those below the header row) into field → value maps:
 * mapped columns coerced by field type, extra columns under their prefix,
 * constants where no cell gave a value (a constant naming `{a header}` takes
 * that column's cell, see value-template.ts), derived fields (a full name) spread
 * into the fields they fill. Empty values are left out. Throws if
 * the mapping is for another target or another header row: a stale mapping
 * would send data to the wrong fields.
 */
export function applyMapping(table: SheetTable, mapping: ColumnMapping, target: TargetId): MappedRow[] {
  const mapRow = createRowMapper(table, mapping, target)
  return table.rows.slice(table.headerIndex + 1).map((row) => mapRow(row))
}

/**
 * applyMapping for one data row at a time: the mapping is checked against
 * the table and prepared once, then each row is mapped on its own, so a
 * caller can map a million rows one by one (checking them, or building a
 * request when it is sent) without holding a million maps.
 */
export function createRowMapper(table: SheetTable, mapping: ColumnMapping, target: TargetId): (row: SheetRow) => MappedRow {
  if (mapping.target !== target) throw new Error(`mapping is for ${mapping.target}, not ${target}`)
  if (!mappingFitsTable(mapping, table)) throw new Error('mapping was made for a different header row')
  const prefix = extraPrefix(target)
  const valueMaps = new Map<string, readonly ValueMapEntry[]>(mapping.valueMaps.map((m) => [m.field, m.entries]))
  const coerce = (def: FieldDef | undefined, raw: string): string =>
    def === undefined ? '' : coerceValue(def, raw, valueMaps.get(def.name))
  const columnDefs = mapping.columns.map((a) => (a.kind === 'field' ? findField(target, a.field) : undefined))
  const constants = mapping.constants.map((c) => ({ field: c.field, def: findField(target, c.field), value: c.value, template: compileTemplate(c.value, mapping.headers) }))
  return (row) => {
    const values = new Map<string, string>()
    let percents: Map<string, string> | undefined
    /** Remembers a number field's percent cell ('15%'): coercion reads it by the field, and the review says how. */
    const notePercent = (def: FieldDef | undefined, raw: string): void => {
      if (def?.type === 'number' && percentNumber(raw) !== null) (percents ??= new Map()).set(def.name, raw.trim())
    }
    mapping.columns.forEach((a, i) => {
      const cell = row.cells[i] ?? ''
      if (a.kind === 'field') {
        const value = coerce(columnDefs[i], cell)
        if (value !== '') values.set(a.field, value)
        notePercent(columnDefs[i], cell)
      } else if (a.kind === 'extra' && prefix !== null) {
        const value = cell.trim()
        if (value !== '') values.set(`${prefix}${a.key}`, value)
      }
    })
    for (const c of constants) {
      if (values.has(c.field)) continue
      const raw = c.template === null ? c.value : c.template(row.cells)
      const value = coerce(c.def, raw)
      if (value !== '') values.set(c.field, value)
      notePercent(c.def, raw)
    }
    expandDerivedFields(target, values)
    return percents === undefined ? { rowNumber: row.rowNumber, values } : { rowNumber: row.rowNumber, values, percents }
  }
}
