import type { TargetId } from '../targets'
import type { ExtraFieldsKind, FieldDef, TargetCatalog } from './types'
import { CUSTOMERS_CREATE_CATALOG } from './customers'
import { INTENTS_CREATE_CATALOG } from './intents'
import { PRODUCTS_CREATE_CATALOG, PRODUCTS_DELETE_CATALOG, PRODUCTS_UPDATE_CATALOG } from './products'

export type { ExtraFieldsKind, FieldDef, FieldType, TargetCatalog } from './types'
export { allowedValueLabel, DETECTION_VALUES, DETECTION_VALUE_LABELS, type DetectionValue } from './detection'
export { FIELD_TYPE_LABELS } from './field-types'

/** The one place that says which fields each import target accepts. */
export const CATALOGS: Readonly<Record<TargetId, TargetCatalog>> = {
  'products:create': PRODUCTS_CREATE_CATALOG,
  'products:update': PRODUCTS_UPDATE_CATALOG,
  'products:delete': PRODUCTS_DELETE_CATALOG,
  'customers:create': CUSTOMERS_CREATE_CATALOG,
  'intents:create': INTENTS_CREATE_CATALOG
}

/** The catalog of one target. */
export function catalogFor(target: TargetId): TargetCatalog {
  return CATALOGS[target]
}

/** A target's field by its dotted name, or undefined for names the target does not know. */
export function findField(target: TargetId, name: string): FieldDef | undefined {
  return CATALOGS[target].fields.find((f) => f.name === name)
}

const EXTRA_PREFIX: Readonly<Record<Exclude<ExtraFieldsKind, null>, string>> = {
  metadata: 'metadata.',
  dynamicProperties: 'dynamic.'
}

/** The mapped-row key prefix for extra columns of a target (`metadata.` / `dynamic.`), or null if it takes none. */
export function extraPrefix(target: TargetId): string | null {
  const kind = CATALOGS[target].extras
  return kind === null ? null : EXTRA_PREFIX[kind]
}

/**
 * The values a field accepts after value mapping: `allowed` for enums,
 * yes/no for yesNo and true/false for boolean fields; empty for free text.
 */
export function allowedValuesOf(field: FieldDef): readonly string[] {
  switch (field.type) {
    case 'enum':
    case 'enumList':
      return field.allowed ?? []
    case 'yesNo':
      return ['yes', 'no']
    case 'boolean':
      return ['true', 'false']
    default:
      return []
  }
}
