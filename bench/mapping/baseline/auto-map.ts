/*
 * FROZEN BASELINE — do not update. This is the automatic matcher as it was
 * before issue 14's work, copied from commit b1cea31 (src/core/mapping/
 * auto-map.ts and the modules it imported: header-index, normalize,
 * similarity, default-constants, header-synonyms/*), so bench figure 8 can
 * run "today's matcher as the baseline" next to the current one in the same
 * run. Only import paths changed. It matches by header text alone (no sample
 * values, no platform presets, no price pairs).
 *
 * It reads today's src/shared catalog and types. Since b1cea31 the catalog
 * gained customers' `fullName` field (label "성명 (성+이름 한 칸)" / "Full
 * name (family and given in one cell)") and two flags the old code ignores
 * (`categoryWords`, `fills`). So a header exactly "Full name" or "fullName"
 * now reaches `fullName` by its own name, which the old catalog could not
 * (its frozen vocabulary lists "full name" among the headers to ignore, but
 * an exact name match is tried first). On the collected set this changes
 * nothing: with `fullName` left out of the catalog the baseline scored the
 * same (84 of 131 right, 40 wrong) when it was frozen.
 */
import type { ColumnAssignment, ColumnMapping } from '../../../src/shared/mapping'
import { isReportColumn } from '../../../src/shared/mapping'
import type { SheetTable } from '../../../src/shared/sheet'
import type { TargetId } from '../../../src/shared/targets'
import { defaultConstants } from './default-constants'
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
