import { findField } from '../../shared/catalog'
import type { ColumnAssignment, ColumnMapping } from '../../shared/mapping'
import type { SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { dataRows } from '../sheets/header-row'
import { defaultConstants } from './default-constants'
import { fullNameWithoutFamilyColumn } from './full-name-column'
import { normalizeHeaderText } from './normalize'
import { EXACT_STRIPPED, headerCandidates, type Candidate } from './header-candidates'
import { presetFor, recogniseFormat } from './platforms'
import { withPricePairs } from './price-pairs'
import { columnSamples, profileValues } from './values/value-profile'
import { valueVerdict } from './values/value-fit'

export { SIMILARITY_THRESHOLD } from './header-candidates'

/** A header match the values only allow (a numeric row id for the product ID) ranks below every other kind of header match but similarity. */
const WEAK = 1.2
/** Product IDs: a SKU or reference column beats a column merely called "ID" or "Product ID". */
const SKU_LIKE = /(sku|reference)/
const SKU_BONUS = 0.4
/** Rows read for sample values, and non-empty samples kept per column. */
const SAMPLE_ROWS = 50
const SAMPLES_PER_COLUMN = 20

/** What automatic matching may use besides the header row. */
export interface AutoMapOptions {
  /** Non-empty values of each column's first rows: confirm or reject what the header suggests. */
  readonly samples?: readonly (readonly string[])[]
  /** Apply the preset of a recognised platform format (default true). */
  readonly platforms?: boolean
}

/** A header candidate as the column's values allow it: kept, weakened where they only just fit, or dropped. */
function checked(c: Candidate, header: string, target: TargetId, samples: readonly string[]): Candidate[] {
  const def = findField(target, c.field)
  const verdict = def === undefined ? 'fits' : valueVerdict(def, header, samples, profileValues(samples))
  if (verdict === 'conflicts') return []
  if (verdict === 'weak') return [{ ...c, score: Math.min(c.score, WEAK) }]
  return [c.field === 'id' && SKU_LIKE.test(normalizeHeaderText(header)) ? { ...c, score: c.score + SKU_BONUS } : c]
}

/**
 * Proposes a mapping for a header row. A recognised platform format's
 * preset decides the columns it knows; the others are matched by exact
 * names and labels, Korean and English synonyms, header endings and similar
 * spellings, each confirmed by the column's sample values when given. No
 * field gets two columns; a column whose exact match went to an earlier
 * duplicate stays ignored. Report columns and empty headers are ignored.
 * Adds default constants.
 */
export function autoMap(headers: readonly string[], target: TargetId, headerIndex = 0, options: AutoMapOptions = {}): ColumnMapping {
  const recognised = options.platforms === false ? null : recogniseFormat(headers)
  const preset = recognised === null ? [] : presetFor(recognised.format, headers, target)
  const columns: ColumnAssignment[] = headers.map(() => ({ kind: 'ignore' }))
  const taken = new Set<string>()
  const done = new Set<number>()
  preset.forEach((field, column) => {
    if (field === undefined) return
    done.add(column)
    if (field === null || taken.has(field) || findField(target, field) === undefined) return
    columns[column] = { kind: 'field', field }
    taken.add(field)
  })
  const proposed = withPricePairs(headers.flatMap((h, column) => (done.has(column) ? [] : headerCandidates(column, h, target))), headers)
  const candidates = proposed.flatMap((c) => checked(c, headers[c.column] ?? '', target, options.samples?.[c.column] ?? []))
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  for (const c of candidates) {
    if (done.has(c.column)) continue
    if (taken.has(c.field)) {
      if (c.score >= EXACT_STRIPPED) done.add(c.column)
      continue
    }
    columns[c.column] = { kind: 'field', field: c.field }
    taken.add(c.field)
    done.add(c.column)
  }
  fullNameWithoutFamilyColumn(target, headers, columns)
  return {
    target,
    headerIndex,
    headers: [...headers],
    columns,
    constants: [...defaultConstants(target, taken)],
    valueMaps: []
  }
}

/** The header texts of a table, one per column (padded with '' to columnCount). */
export function headersOf(table: SheetTable): string[] {
  const cells = table.rows[table.headerIndex]?.cells ?? []
  return Array.from({ length: table.columnCount }, (_, i) => cells[i] ?? '')
}

/** The first rows' non-empty values of each column of a table. */
export function tableSamples(table: SheetTable): string[][] {
  const rows = dataRows(table).slice(0, SAMPLE_ROWS).map((r) => r.cells)
  return columnSamples(rows, table.columnCount, SAMPLES_PER_COLUMN)
}

/** autoMap for a table's own header row, its first rows' values confirming the matches. */
export function autoMapTable(table: SheetTable, target: TargetId): ColumnMapping {
  return autoMap(headersOf(table), target, table.headerIndex, { samples: tableSamples(table) })
}
