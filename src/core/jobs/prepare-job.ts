import type { ColumnMapping } from '../../shared/mapping'
import { columnLetters, dataRowAt, type SheetRow, type SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { createRowMapper } from '../mapping'
import { buildRequest, naturalKey, type BuildOptions } from '../targets'
import type { WorkItem } from '../upload'
import { createFileChecker, hasErrors, type RowCheck } from '../validation'
import { LazyWorkItem } from './lazy-work-item'

/** What an upload starts from: a sheet's table, its mapping and target, from an import session or the CLI. */
export interface JobSource {
  readonly fileName: string
  readonly table: SheetTable
  readonly mapping: ColumnMapping
  readonly target: TargetId
}

/**
 * A source turned into what the engine sends: only what a job needs for
 * its life, so a million-row job costs little beside its table. Mapped rows
 * and payloads are not kept: an item builds its payload from its row when
 * the adapter reads it.
 */
export interface PreparedJob {
  /** Data-row indexes in scope (all rows, or the ones asked for); 0 = first row under the headers. */
  readonly scope: readonly number[]
  /** Rows in scope with an error: not sent. */
  readonly invalid: readonly number[]
  /** The check of each row in scope that has issues (errors or warnings), by data-row index; rows without any are not here. */
  readonly rowsWithIssues: ReadonlyMap<number, RowCheck>
  /** Rows in scope without errors, as the engine's work, in row order. */
  readonly items: readonly WorkItem[]
}

/** Header text and sheet letter of the column feeding each field, so messages name the user's own column ("column E “Price”"). */
export function columnWords(table: SheetTable, mapping: ColumnMapping): { columnNames: Map<string, string>; columnLetters: Map<string, string> } {
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

/** The rows in scope, sorted and without repeats, with a flag per data row for them (null when every row is in scope). */
function scopeFlags(only: readonly number[] | undefined, total: number): { scope: number[]; wanted: Uint8Array | null } {
  if (only === undefined) return { scope: Array.from({ length: total }, (_, index) => index), wanted: null }
  const scope = [...new Set(only)].filter((i) => i >= 0 && i < total).sort((a, b) => a - b)
  const wanted = new Uint8Array(total)
  for (const index of scope) if (Number.isInteger(index)) wanted[index] = 1
  return { scope, wanted }
}

/**
 * Maps and validates every row, one at a time, then keeps what the job
 * needs of the rows in scope: which are invalid, the checks of those with
 * issues, and an item for each valid one. The whole file is checked even
 * for a partial resend, so in-file duplicate checks still see every row;
 * the result equals validateRows over the whole file.
 */
export function prepareJob(source: JobSource, options: { readonly only?: readonly number[]; readonly build?: BuildOptions } = {}): PreparedJob {
  const { table, mapping, target } = source
  const mapRow = createRowMapper(table, mapping, target)
  const checkRow = createFileChecker(target, columnWords(table, mapping))
  const total = Math.max(0, table.rows.length - table.headerIndex - 1)
  const dataRow = (index: number): SheetRow => {
    const row = dataRowAt(table, index)
    if (row === undefined) throw new RangeError(`Row ${index} is not in the table.`)
    return row
  }
  const payloadOf = (index: number): unknown => buildRequest(target, mapRow(dataRow(index)), options.build).payload
  const { scope, wanted } = scopeFlags(options.only, total)
  const invalid: number[] = []
  const rowsWithIssues = new Map<number, RowCheck>()
  const items: WorkItem[] = []
  for (let index = 0; index < total; index++) {
    const row = mapRow(dataRow(index))
    const check = checkRow(row)
    if (wanted !== null && wanted[index] !== 1) continue
    if (check.issues.length > 0) rowsWithIssues.set(index, check)
    if (hasErrors(check)) invalid.push(index)
    else items.push(new LazyWorkItem(index, naturalKey(target, row) ?? '', payloadOf))
  }
  return { scope, invalid, rowsWithIssues, items }
}
