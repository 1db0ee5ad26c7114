import { findField } from '../../shared/catalog'
import type { ColumnMapping } from '../../shared/mapping'
import { MASKED_VALUE } from '../../shared/masked'
import { autoMap } from './auto-map'

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

/**
 * The columns to hide on screen: those mapped to a password, or, before a
 * target is chosen, those whose header would be read as a password.
 */
export function passwordColumns(headers: readonly string[], mapping: ColumnMapping | null): number[] {
  return secretColumns(mapping ?? autoMap(headers, 'customers:create'))
}

/** A row's cells with the given columns masked (empty cells stay empty, so "missing" still shows). */
export function maskCells(cells: readonly string[], columns: readonly number[]): readonly string[] {
  if (columns.length === 0) return cells
  const hidden = new Set(columns)
  return cells.map((cell, column) => (hidden.has(column) && cell !== '' ? MASKED_VALUE : cell))
}
