import type { MappedRow } from '../../../shared/mapping'
import { OCC_ADDRESS_KEYS, type OccAddress } from '../../services/occ/types'
import { booleanCell } from '../cells'

/** The mapped-row prefix of the flattened shipping-address columns. */
export const ADDRESS_PREFIX = 'address.'

/** The column that says whether the address is the customer's default one. */
export const DEFAULT_ADDRESS_FIELD = 'address.isDefaultAddress'

/** The address keys OCC documents (§2.2), as mapped-row field names. */
const ADDRESS_FIELDS: ReadonlyArray<readonly [(typeof OCC_ADDRESS_KEYS)[number], string]> = OCC_ADDRESS_KEYS.map((k) => [k, `${ADDRESS_PREFIX}${k}`])

/** One shipping address from a row, and its default flag. */
export interface RowAddress {
  readonly address: OccAddress
  /** True when the flag column is empty (the only address is the default one), else the flag. */
  readonly isDefaultAddress: boolean
}

/**
 * Gathers a row's flattened `address.<key>` columns into one address, or
 * null when the row has no address at all (the flag alone is not an address).
 */
export function buildAddress(row: MappedRow): RowAddress | null {
  const address: Partial<Record<(typeof OCC_ADDRESS_KEYS)[number], string>> = {}
  let any = false
  for (const [key, field] of ADDRESS_FIELDS) {
    const value = row.values.get(field)
    if (value === undefined) continue
    address[key] = value
    any = true
  }
  if (!any) return null
  const flag = row.values.get(DEFAULT_ADDRESS_FIELD)
  return { address, isDefaultAddress: flag === undefined ? true : (booleanCell(flag) ?? true) }
}
