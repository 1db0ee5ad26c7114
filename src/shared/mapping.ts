import type { LocalizedText } from './text'
import type { TargetId } from './targets'
import { allowedValuesOf, catalogFor, extraPrefix, findField } from './catalog'

/*
 * How the columns of one sheet feed one import target, and the pure edits the
 * mapping screen makes on it. Lives in src/shared so the renderer can edit a
 * mapping locally; src/core/mapping builds and applies it.
 * Everything is arrays and plain records with fixed keys: header and value
 * texts are never used as object keys (`__proto__` is a valid header).
 */

/** What one column feeds: a catalog field, an extra key (metadata./dynamic.), or nothing. */
export type ColumnAssignment =
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'extra'; readonly key: string }
  | { readonly kind: 'ignore' }

/**
 * A value used for every row. When a column is also mapped to the field, the
 * column wins and the constant fills only the rows where that cell is empty.
 */
export interface MappingConstant {
  readonly field: string
  readonly value: string
}

/** A user's override for one enum value: cells reading `from` become `to`. */
export interface ValueMapEntry {
  readonly from: string
  readonly to: string
}

/** The user's value overrides for one field; they win over the built-in synonyms. */
export interface ValueMap {
  readonly field: string
  readonly entries: readonly ValueMapEntry[]
}

/** A sheet's column mapping for one target, for the header row it was made from. */
export interface ColumnMapping {
  readonly target: TargetId
  /** Index into SheetTable.rows of the header row this mapping was made for. */
  readonly headerIndex: number
  /** The header texts it was made for, by column index. */
  readonly headers: readonly string[]
  /** One assignment per column, same length as `headers`. */
  readonly columns: readonly ColumnAssignment[]
  readonly constants: readonly MappingConstant[]
  readonly valueMaps: readonly ValueMap[]
}

/**
 * One data row after mapping: field name (or `metadata.<key>` / `dynamic.<key>`)
 * → coerced text. Empty cells are absent. A Map, so any key is safe.
 */
export interface MappedRow {
  /** 1-based row number in the source sheet, for reports. */
  readonly rowNumber: number
  readonly values: ReadonlyMap<string, string>
  /** Number fields whose cell showed a percent, with the text it showed ('15%'), so the review can say how it was read; absent when none. */
  readonly percents?: ReadonlyMap<string, string>
}

/** A required field (or a one-of group) that neither a column nor a constant provides. */
export interface MissingRequirement {
  /** Mapping any one of these fields satisfies the requirement. */
  readonly anyOf: readonly string[]
}

/**
 * The trailing columns the app's failure reports add. A report dropped back in
 * keeps its saved mapping because header signatures ignore these.
 */
export const REPORT_COLUMNS = ['Sheetport status', 'Sheetport reason', 'Sheetport source row', 'Sheetport source sheet'] as const

/** Korean display variants of REPORT_COLUMNS, same order; also ignored by signatures. */
export const REPORT_COLUMNS_KO = ['Sheetport 상태', 'Sheetport 사유', 'Sheetport 원본 행', 'Sheetport 원본 시트'] as const

const REPORT_COLUMN_KEYS = new Set<string>([...REPORT_COLUMNS, ...REPORT_COLUMNS_KO].map((h) => reportKey(h)))

function reportKey(header: string): string {
  return header.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** True for a column the app's own failure report added (either language). */
export function isReportColumn(header: string): boolean {
  return REPORT_COLUMN_KEYS.has(reportKey(header))
}

/** The key user value maps are matched by: case, width, spaces and - _ . ' ignored. */
export function normalizeValueKey(text: string): string {
  const base = text.normalize('NFKC').trim().toLowerCase()
  const squeezed = base.replace(/[\s_\-.'’`]+/g, '')
  return squeezed === '' ? base : squeezed
}

/** A mapping with every column ignored and nothing else set. */
export function emptyMapping(target: TargetId, headers: readonly string[], headerIndex = 0): ColumnMapping {
  return {
    target,
    headerIndex,
    headers: [...headers],
    columns: headers.map((): ColumnAssignment => ({ kind: 'ignore' })),
    constants: [],
    valueMaps: []
  }
}

function checkColumn(mapping: ColumnMapping, column: number): void {
  if (!Number.isInteger(column) || column < 0 || column >= mapping.columns.length) {
    throw new RangeError(`column ${column} is outside the mapping (0..${mapping.columns.length - 1})`)
  }
}

function requireField(mapping: ColumnMapping, field: string): void {
  if (findField(mapping.target, field) === undefined) {
    throw new RangeError(`${mapping.target} has no field ${JSON.stringify(field)}`)
  }
}

/** Sends `column` to `field`; any other column that fed the same field is ignored from now on. */
export function assignColumn(mapping: ColumnMapping, column: number, field: string): ColumnMapping {
  checkColumn(mapping, column)
  requireField(mapping, field)
  const columns = mapping.columns.map((a, i): ColumnAssignment => {
    if (i === column) return { kind: 'field', field }
    return a.kind === 'field' && a.field === field ? { kind: 'ignore' } : a
  })
  return { ...mapping, columns }
}

/** Stops sending a column anywhere. */
export function ignoreColumn(mapping: ColumnMapping, column: number): ColumnMapping {
  checkColumn(mapping, column)
  return { ...mapping, columns: mapping.columns.map((a, i) => (i === column ? { kind: 'ignore' } : a)) }
}

const EXTRA_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/
const FORBIDDEN_EXTRA_KEYS = new Set(['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'])
/** OCC profile properties a dynamic property must not shadow (contracts §2.2). */
const OCC_RESERVED_KEYS = new Set([
  'id',
  'repositoryId',
  'shippingAddresses',
  'shippingAddress',
  'locale',
  'profileType',
  'registrationDate',
  'GDPRProfileP13nConsentGranted'
])

/**
 * Why `key` can't name an extra column for `target`, or null if it can.
 * Keys are ASCII identifiers (letters, digits, _; up to 64) because they
 * become JSON property names in the service's request.
 */
export function extraKeyProblem(target: TargetId, key: string): LocalizedText | null {
  const prefix = extraPrefix(target)
  if (prefix === null) {
    return { ko: '이 작업에는 추가 열을 보낼 수 없습니다.', en: 'This import takes no extra columns.' }
  }
  if (!EXTRA_KEY_PATTERN.test(key) || FORBIDDEN_EXTRA_KEYS.has(key)) {
    return {
      ko: '키는 영문자로 시작하고 영문·숫자·_ 만 쓸 수 있습니다 (최대 64자).',
      en: 'The key must start with a letter and use only letters, digits and _ (up to 64).'
    }
  }
  const fields = catalogFor(target).fields
  const clash =
    fields.some((f) => f.name === `${prefix}${key}`) ||
    (prefix === 'dynamic.' && (fields.some((f) => f.name === key || f.name.startsWith(`${key}.`)) || OCC_RESERVED_KEYS.has(key)))
  return clash
    ? { ko: '이미 있는 항목 이름입니다. 목록에서 그 항목을 고르세요.', en: 'That name is already a field: pick it from the list instead.' }
    : null
}

/**
 * Sends `column` as an extra under the target's prefix (`metadata.<key>` or
 * `dynamic.<key>`); another column with the same key is ignored from now on.
 * Throws RangeError when extraKeyProblem reports a problem.
 */
export function mapColumnAsExtra(mapping: ColumnMapping, column: number, key: string): ColumnMapping {
  checkColumn(mapping, column)
  const problem = extraKeyProblem(mapping.target, key)
  if (problem !== null) throw new RangeError(problem.en)
  const columns = mapping.columns.map((a, i): ColumnAssignment => {
    if (i === column) return { kind: 'extra', key }
    return a.kind === 'extra' && a.key === key ? { kind: 'ignore' } : a
  })
  return { ...mapping, columns }
}

/** A suggested extra key for a header: ASCII camelCase, or `column<n>` when the header has no ASCII letters. */
export function suggestExtraKey(header: string, column: number): string {
  const words = header.normalize('NFKC').match(/[A-Za-z0-9]+/g) ?? []
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('')
  const key = /^[A-Za-z]/.test(camel) ? camel.slice(0, 64) : `column${column + 1}`
  return FORBIDDEN_EXTRA_KEYS.has(key) ? `${key}Value` : key
}

/**
 * Uses `value` for `field` in every row (or only where its column is empty).
 * An empty value clears the constant. Secret fields can't have one: a shared
 * password for every customer would be stored in saved mappings.
 */
export function setConstant(mapping: ColumnMapping, field: string, value: string): ColumnMapping {
  requireField(mapping, field)
  if (findField(mapping.target, field)?.secret === true) {
    throw new RangeError(`${field} is secret and cannot have a fixed value`)
  }
  const trimmed = value.trim()
  if (trimmed === '') return clearConstant(mapping, field)
  const others = mapping.constants.filter((c) => c.field !== field)
  return { ...mapping, constants: [...others, { field, value: trimmed }] }
}

/** Removes the fixed value of a field, if any. */
export function clearConstant(mapping: ColumnMapping, field: string): ColumnMapping {
  return { ...mapping, constants: mapping.constants.filter((c) => c.field !== field) }
}

/**
 * Makes cells reading `from` (compared by normalizeValueKey) become `to` for
 * an enum-like field; `to` null removes the override. For enumList fields `to`
 * may list several allowed values separated by commas.
 */
export function setValueMap(mapping: ColumnMapping, field: string, from: string, to: string | null): ColumnMapping {
  const def = findField(mapping.target, field)
  if (def === undefined) throw new RangeError(`${mapping.target} has no field ${JSON.stringify(field)}`)
  const allowed = allowedValuesOf(def)
  if (allowed.length === 0) throw new RangeError(`${field} is not an enumeration`)
  if (to !== null) {
    const parts = def.type === 'enumList' ? to.split(',').map((p) => p.trim()) : [to]
    if (parts.some((p) => !allowed.includes(p))) {
      throw new RangeError(`${JSON.stringify(to)} is not allowed for ${field}`)
    }
  }
  const key = normalizeValueKey(from)
  const current = mapping.valueMaps.find((m) => m.field === field)?.entries ?? []
  const kept = current.filter((e) => normalizeValueKey(e.from) !== key)
  const entries = to === null ? kept : [...kept, { from: from.trim(), to }]
  const others = mapping.valueMaps.filter((m) => m.field !== field)
  return { ...mapping, valueMaps: entries.length === 0 ? others : [...others, { field, entries }] }
}

/** The fields a mapping feeds from a column or a constant. */
export function providedFields(mapping: ColumnMapping): ReadonlySet<string> {
  const provided = new Set<string>()
  for (const a of mapping.columns) if (a.kind === 'field') provided.add(a.field)
  for (const c of mapping.constants) provided.add(c.field)
  for (const field of [...provided]) for (const filled of findField(mapping.target, field)?.fills ?? []) provided.add(filled)
  return provided
}

/**
 * Required fields nothing provides, so the import can't start yet. A one-of
 * group (intents: task_id or task_name) is one requirement listing all options.
 */
export function unmappedRequiredFields(mapping: ColumnMapping, target: TargetId): readonly MissingRequirement[] {
  const provided = providedFields(mapping)
  const catalog = catalogFor(target)
  const missing: MissingRequirement[] = catalog.fields
    .filter((f) => f.required && !provided.has(f.name))
    .map((f) => ({ anyOf: [f.name] }))
  for (const group of catalog.requiresOneOf ?? []) {
    if (!group.some((name) => provided.has(name))) missing.push({ anyOf: [...group] })
  }
  return missing
}
