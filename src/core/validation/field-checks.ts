import { allowedValuesOf, type FieldDef } from '../../shared/catalog'
import { checkProductId, isHttpUrl } from '../services/omnicommerce/check-product'
import { listCell, numberCell } from '../targets/cells'
import { dateProblem, emailProblem } from './value-probes'

/** Checks one present cell value; returns the issue code, or null when the value is fine. */
export type ValueCheck = (value: string) => string | null

/** Length in characters as people count them (code points, like the services' checks). */
function textLength(value: string): number {
  let n = 0
  for (const _ of value) n++
  return n
}

/** The membership check of enum-like fields, built once per field. */
function memberCheck(field: FieldDef, code: string): ValueCheck {
  const allowed = new Set(allowedValuesOf(field))
  if (field.type !== 'enumList') return (v) => (allowed.has(v) ? null : code)
  return (v) => {
    const items = listCell(v)
    return items.length > 0 && items.every((item) => allowed.has(item)) ? null : code
  }
}

/** The type rule of a field, reusing the services' own checks where they have one; null for free text. */
function typeCheck(field: FieldDef): ValueCheck | null {
  switch (field.type) {
    case 'id':
      return (v) => checkProductId(v)[0]?.code ?? null
    case 'url':
      return (v) => (isHttpUrl(v) ? null : 'invalid-url')
    case 'number':
      return (v) => (numberCell(v) === null ? 'not-a-number' : null)
    case 'date':
      return dateProblem
    case 'email':
      return emailProblem
    case 'enum':
    case 'enumList':
      return memberCheck(field, 'not-allowed')
    case 'yesNo':
    case 'boolean':
      return memberCheck(field, 'not-yes-no')
    default:
      return null
  }
}

/**
 * Compiles a field's per-value check once (never per row): its type rule,
 * then its length limit (ids have theirs inside the id rule). Null when the
 * field accepts any text.
 */
export function compileValueCheck(field: FieldDef): ValueCheck | null {
  const byType = typeCheck(field)
  const max = field.type === 'id' ? undefined : field.maxLength
  if (max === undefined) return byType
  if (byType === null) return (v) => (textLength(v) > max ? 'too-long' : null)
  return (v) => byType(v) ?? (textLength(v) > max ? 'too-long' : null)
}
