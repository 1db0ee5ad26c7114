import type { MappedRow } from '../../../src/shared/mapping'
import type { TargetId } from '../../../src/shared/targets'
import { validateRows, type RowIssue, type ValidateOptions } from '../../../src/core/validation'

/** A mapped row from field → value pairs (empty values left out, as applyMapping does). */
export function row(rowNumber: number, values: Record<string, string>): MappedRow {
  return { rowNumber, values: new Map(Object.entries(values).filter(([, v]) => v !== '')) }
}

/** A product row that passes every create rule. */
export const PRODUCT: Record<string, string> = {
  id: 'SKU-1', url: 'https://cdn.example.com/sku-1.jpg', detection: 'TOP', salesUrl: 'https://shop.example.com/sku-1'
}

/** A customer row that passes every rule. */
export const CUSTOMER: Record<string, string> = { email: 'jane@example.com', firstName: 'Jane', lastName: 'Kim', receiveEmail: 'no' }

/** The issues of one row validated on its own. */
export function issuesOf(target: TargetId, values: Record<string, string>, options?: ValidateOptions): RowIssue[] {
  return validateRows([row(2, values)], target, options)[0]?.issues ?? []
}

/** Hangul syllables: proof that the Korean text is really Korean. */
export const HANGUL = /[\uac00-\ud7a3]/
