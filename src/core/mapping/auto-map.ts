import type { ColumnAssignment, ColumnMapping } from '../../shared/mapping'
import { isReportColumn } from '../../shared/mapping'
import type { SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { defaultConstants } from './default-constants'
import { fullNameWithoutFamilyColumn } from './full-name-column'
import { headerIndexFor } from './header-index'
import { headerKeys } from './normalize'
import { similarity } from './similarity'

/** Headers at least this similar to a field's name, label or synonym are mapped to it. */
export const SIMILARITY_THRESHOLD = 0.75

/*
 * Scores: an exact name/label match (3) beats an exact synonym (2.5), which
 * beats an exact match after dropping bracketed notes (2), which beats any
 * similarity (0..1). Candidates are taken best first; each field goes to one
 * column only.
 */
const EXACT_NAME = 3
const EXACT_SYNONYM = 2.5
const EXACT_STRIPPED = 2

interface Candidate {
  readonly column: number
  readonly field: string
  readonly score: number
}

function candidatesFor(column: number, header: string, target: TargetId): Candidate[] {
  if (isReportColumn(header)) return []
  const index = headerIndexFor(target)
  const keys = headerKeys(header)
  const out: Candidate[] = []
  keys.forEach((key, i) => {
    const hit = index.exact.get(key)
    if (hit === undefined) return
    const score = i > 0 ? EXACT_STRIPPED : hit.tier === 'name' ? EXACT_NAME : EXACT_SYNONYM
    out.push({ column, field: hit.field, score })
  })
  if (out.length > 0 || keys.some((k) => index.notFields.has(k))) return out
  for (const [field, fieldKeys] of index.byField) {
    let best = 0
    for (const key of keys) for (const fk of fieldKeys) best = Math.max(best, similarity(key, fk))
    if (best >= SIMILARITY_THRESHOLD) out.push({ column, field, score: best })
  }
  return out
}

/**
 * Proposes a mapping for a header row: exact names and labels, then Korean and
 * English synonyms, then similar spellings. No field gets two columns; a
 * column whose exact match went to an earlier duplicate stays ignored. Report
 * columns and empty headers are ignored. Adds default constants.
 */
export function autoMap(headers: readonly string[], target: TargetId, headerIndex = 0): ColumnMapping {
  const candidates = headers.flatMap((h, column) => candidatesFor(column, h, target))
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const columns: ColumnAssignment[] = headers.map(() => ({ kind: 'ignore' }))
  const taken = new Set<string>()
  const done = new Set<number>()
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

/** autoMap for a table's own header row. */
export function autoMapTable(table: SheetTable, target: TargetId): ColumnMapping {
  return autoMap(headersOf(table), target, table.headerIndex)
}
