import type { ColumnAssignment } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'

/** The header 이름 on its own (spaces, a required mark or a note in brackets aside). */
const PLAIN_NAME = /^\s*\*?\s*이\s*름\s*(\*|\(필수\)|\[필수\])?\s*$/

/**
 * A sheet with a 이름 (name) column and no 성 (family name) column holds
 * whole names there ("홍길동"): Korean member lists have one name column.
 * Only with a family-name column beside it is 이름 the given name. So for
 * customers, a given-name column with no family-name column becomes the
 * full name, which the import splits (see korean-name.ts).
 */
export function fullNameWithoutFamilyColumn(target: TargetId, headers: readonly string[], columns: ColumnAssignment[]): void {
  if (target !== 'customers:create') return
  const fed = (field: string): number => columns.findIndex((c) => c.kind === 'field' && c.field === field)
  const given = fed('firstName')
  // Only the plain word: "First name", "given name" or "고객 이름" say what they hold.
  if (given === -1 || !PLAIN_NAME.test(headers[given] ?? '') || fed('lastName') !== -1 || fed('fullName') !== -1) return
  columns[given] = { kind: 'field', field: 'fullName' }
}
