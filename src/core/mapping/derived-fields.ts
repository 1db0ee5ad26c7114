import type { TargetId } from '../../shared/targets'
import { splitFullName } from './korean-name'

/** A catalog field that is never sent itself: its value fills other fields (which a column of their own still wins over). */
interface DerivedField {
  readonly field: string
  readonly derive: (value: string) => ReadonlyArray<readonly [field: string, value: string]>
}

/** One cell with the whole name fills OCC's family and given name. */
const FULL_NAME: DerivedField = {
  field: 'fullName',
  derive: (value) => {
    const { family, given } = splitFullName(value)
    return [
      ['lastName', family],
      ['firstName', given]
    ]
  }
}

const DERIVED: Partial<Record<TargetId, readonly DerivedField[]>> = { 'customers:create': [FULL_NAME] }

/**
 * Replaces a mapped row's derived fields by what they fill — e.g. a full
 * name by its family and given name — so the preview, the checks and the
 * request all see the fields the service knows. A field a column gave
 * directly is kept.
 */
export function expandDerivedFields(target: TargetId, values: Map<string, string>): void {
  for (const derived of DERIVED[target] ?? []) {
    const value = values.get(derived.field)
    if (value === undefined) continue
    values.delete(derived.field)
    for (const [field, part] of derived.derive(value)) if (part !== '' && !values.has(field)) values.set(field, part)
  }
}
