import { readFile } from 'node:fs/promises'
import { catalogFor, extraPrefix, findField } from '../shared/catalog'
import { columnMappingSchema } from '../shared/mapping-schema'
import { assignColumn, extraKeyProblem, ignoreColumn, mapColumnAsExtra, setConstant, type ColumnMapping } from '../shared/mapping'
import type { SheetTable } from '../shared/sheet'
import type { Language } from '../shared/text'
import type { TargetId } from '../shared/targets'
import { autoMapTable, headersOf, mappingFitsTable } from '../core/mapping'
import { withHeaderAt } from '../core/sheets'
import { usageError } from './cli-error'

/** A table with the mapping to apply to it (a saved mapping may move the header row). */
export interface MappedTable {
  readonly table: SheetTable
  readonly mapping: ColumnMapping
}

/**
 * The hand-written form: header text → field (or null to leave the column
 * out), and field → one value for every row. Starts from the automatic
 * mapping, so only what it got wrong needs writing down.
 */
interface FriendlyMapping {
  readonly target?: string
  readonly columns: ReadonlyArray<readonly [string, string | null]>
  readonly constants: ReadonlyArray<readonly [string, string]>
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The friendly form, or null when `data` is not one. Entries stay pairs: header texts are never used as object keys afterwards. */
function friendlyForm(data: unknown): FriendlyMapping | null {
  if (!isRecord(data) || Object.keys(data).some((key) => !['target', 'columns', 'constants'].includes(key))) return null
  const { target, columns = {}, constants = {} } = data
  if ((target !== undefined && typeof target !== 'string') || !isRecord(columns) || !isRecord(constants)) return null
  const columnPairs = Object.entries(columns)
  const constantPairs = Object.entries(constants)
  if (!columnPairs.every(([, field]) => field === null || typeof field === 'string')) return null
  if (!constantPairs.every(([, value]) => typeof value === 'string')) return null
  return {
    ...(target !== undefined ? { target } : {}),
    columns: columnPairs as [string, string | null][],
    constants: constantPairs as [string, string][]
  }
}

const headerKey = (text: string): string => text.normalize('NFKC').trim().toLowerCase()

function assignOne(mapping: ColumnMapping, table: SheetTable, header: string, field: string | null, language: Language): ColumnMapping {
  const headers = headersOf(table)
  const column = headers.findIndex((h) => headerKey(h) === headerKey(header))
  if (column < 0) throw usageError('mapping-unknown-column', { column: header, columns: headers.filter((h) => h !== '').map((h) => `“${h}”`).join(', ') })
  if (field === null) return ignoreColumn(mapping, column)
  if (findField(mapping.target, field) !== undefined) return assignColumn(mapping, column, field)
  const prefix = extraPrefix(mapping.target)
  if (prefix === null || !field.startsWith(prefix)) throw usageError('mapping-unknown-field', { field, target: mapping.target })
  const problem = extraKeyProblem(mapping.target, field.slice(prefix.length))
  if (problem !== null) throw usageError('mapping-bad-extra', { column: header, field, problem: problem[language] })
  return mapColumnAsExtra(mapping, column, field.slice(prefix.length))
}

function withConstant(mapping: ColumnMapping, field: string, value: string): ColumnMapping {
  const def = findField(mapping.target, field)
  if (def === undefined) throw usageError('mapping-unknown-field', { field, target: mapping.target })
  if (def.secret === true || def.type === 'password') throw usageError('mapping-secret-constant', { field })
  return setConstant(mapping, field, value)
}

function applyFriendly(form: FriendlyMapping, table: SheetTable, target: TargetId, language: Language): MappedTable {
  if (form.target !== undefined && form.target !== target) throw usageError('mapping-wrong-target', { mappingTarget: form.target, target })
  let mapping = autoMapTable(table, target)
  for (const [header, field] of form.columns) mapping = assignOne(mapping, table, header, field, language)
  for (const [field, value] of form.constants) mapping = withConstant(mapping, field, value)
  return { table, mapping }
}

/** Every field a saved mapping names must exist for its target, and no password may be a constant. */
function checkFields(mapping: ColumnMapping): void {
  const known = new Set(catalogFor(mapping.target).fields.map((f) => f.name))
  for (const a of mapping.columns) if (a.kind === 'field' && !known.has(a.field)) throw usageError('mapping-unknown-field', { field: a.field, target: mapping.target })
  for (const c of mapping.constants) withConstant(mapping, c.field, c.value)
}

/** A mapping as the app saves it, placed on its own header row and checked against the sheet's columns. */
function fitSaved(mapping: ColumnMapping, table: SheetTable, target: TargetId): MappedTable {
  if (mapping.target !== target) throw usageError('mapping-wrong-target', { mappingTarget: mapping.target, target })
  checkFields(mapping)
  if (mapping.headerIndex >= table.rows.length) throw usageError('mapping-other-columns')
  const placed = mapping.headerIndex === table.headerIndex ? table : withHeaderAt(table, mapping.headerIndex)
  if (!mappingFitsTable(mapping, placed)) throw usageError('mapping-other-columns')
  return { table: placed, mapping }
}

async function readJson(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw usageError('mapping-file-missing', { path })
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw usageError('mapping-file-not-json', { path })
  }
}

/**
 * Reads a `--mapping FILE.json`: either the full ColumnMapping the app
 * saves, or the friendly `{ "columns": { "<header>": "<field>" | null },
 * "constants": { "<field>": "<value>" } }` applied on top of the automatic
 * mapping. Anything wrong is a one-line refusal (exit 2).
 */
export async function loadMappingFile(path: string, table: SheetTable, target: TargetId, language: Language): Promise<MappedTable> {
  const data = await readJson(path)
  const saved = columnMappingSchema.safeParse(data)
  if (saved.success) return fitSaved(saved.data, table, target)
  const friendly = friendlyForm(data)
  if (friendly === null) throw usageError('mapping-file-shape', { path })
  return applyFriendly(friendly, table, target, language)
}
