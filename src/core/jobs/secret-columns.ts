import { findField } from '../../shared/catalog'
import type { ColumnMapping } from '../../shared/mapping'

/** The columns whose values are secrets (mapped to a password field): never kept, never reported. */
export function secretColumns(mapping: ColumnMapping): number[] {
  const columns: number[] = []
  mapping.columns.forEach((assignment, column) => {
    if (assignment.kind === 'field' && findField(mapping.target, assignment.field)?.type === 'password') columns.push(column)
  })
  return columns
}

/** Whether a fixed value is a secret (a password for every row). */
function isSecretConstant(mapping: ColumnMapping, field: string): boolean {
  return findField(mapping.target, field)?.type === 'password'
}

/** The mapping without secret constants, for the journal and job snapshots. */
export function mappingWithoutSecrets(mapping: ColumnMapping): ColumnMapping {
  return { ...mapping, constants: mapping.constants.filter((c) => !isSecretConstant(mapping, c.field)) }
}

/** Whether a mapping carries secrets that a journal or snapshot leaves out (so a resume needs the original). */
export function mappingHasSecrets(mapping: ColumnMapping): boolean {
  return secretColumns(mapping).length > 0 || mapping.constants.some((c) => isSecretConstant(mapping, c.field))
}
