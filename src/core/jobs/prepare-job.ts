import type { ColumnMapping, MappedRow } from '../../shared/mapping'
import { columnLetters, type SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { applyMapping } from '../mapping'
import { buildRequest, type BuildOptions } from '../targets'
import type { WorkItem } from '../upload'
import { hasErrors, validateRows, type RowCheck } from '../validation'

/** What an upload starts from: a sheet's table, its mapping and target, from an import session or the CLI. */
export interface JobSource {
  readonly fileName: string
  readonly table: SheetTable
  readonly mapping: ColumnMapping
  readonly target: TargetId
}

/** A source turned into what the engine sends, with every row's check. */
export interface PreparedJob {
  /** Mapped data rows, by data-row index (0 = first row under the headers). */
  readonly rows: readonly MappedRow[]
  readonly checks: readonly RowCheck[]
  /** Data-row indexes in scope (all rows, or the ones asked for). */
  readonly scope: readonly number[]
  /** Rows in scope with an error: not sent. */
  readonly invalid: readonly number[]
  /** Rows in scope without errors, as the engine's work, index = data-row index. */
  readonly items: readonly WorkItem[]
}

/** Header text and sheet letter of the column feeding each field, so messages name the user's own column ("column E “Price”"). */
function columnWords(table: SheetTable, mapping: ColumnMapping): { columnNames: Map<string, string>; columnLetters: Map<string, string> } {
  const names = new Map<string, string>()
  const letters = new Map<string, string>()
  const sheetLetters = columnLetters(table)
  mapping.columns.forEach((assignment, column) => {
    if (assignment.kind !== 'field') return
    const header = mapping.headers[column]?.trim()
    if (header) names.set(assignment.field, header)
    const letter = sheetLetters[column]
    if (letter !== undefined && !letters.has(assignment.field)) letters.set(assignment.field, letter)
  })
  return { columnNames: names, columnLetters: letters }
}

/**
 * Maps and validates every row, then builds requests for the valid ones in
 * scope. The whole file is validated even for a partial resend, so in-file
 * duplicate checks still see every row.
 */
export function prepareJob(source: JobSource, options: { readonly only?: readonly number[]; readonly build?: BuildOptions } = {}): PreparedJob {
  const rows = applyMapping(source.table, source.mapping, source.target)
  const checks = validateRows(rows, source.target, columnWords(source.table, source.mapping))
  const scope = options.only === undefined ? rows.map((_, index) => index) : [...new Set(options.only)].filter((i) => i >= 0 && i < rows.length).sort((a, b) => a - b)
  const invalid: number[] = []
  const items: WorkItem[] = []
  for (const index of scope) {
    const check = checks[index]
    const row = rows[index]
    if (row === undefined || check === undefined) continue
    if (hasErrors(check)) {
      invalid.push(index)
      continue
    }
    const built = buildRequest(source.target, row, options.build)
    items.push({ index, key: built.key, payload: built.payload })
  }
  return { rows, checks, scope, invalid, items }
}
