import type { MappedRow } from '../../../shared/mapping'
import { generatePassword } from '../../services/occ/password'
import type { CustomerInput, DynamicValue } from '../../services/occ/types'
import { forEachPrefixed } from '../cells'
import { buildAddress } from './address'

/** The mapped-row prefix of custom (dynamic) profile properties. */
export const DYNAMIC_PREFIX = 'dynamic.'

/** A customer row ready for createProfile. */
export interface BuiltCustomer {
  /** What the OCC client sends. Holds the password: keep it out of logs, journals and reports. */
  readonly input: CustomerInput
  /**
   * The password the app made because the row had none, or null. Returned so
   * the app can show it once; it must not be stored anywhere. It only belongs
   * to the profile if this very request created it (an outcome with a remoteId).
   */
  readonly generatedPassword: string | null
  /**
   * The row's default-address flag, or null without an address. The OCC
   * client currently sends every address as the default one (profile-body.ts),
   * so validation warns about rows that say "no".
   */
  readonly isDefaultAddress: boolean | null
}

/** The natural key of a customer row: the email, lower-cased (OCC emails are unique case-insensitively). */
export function customerKey(row: MappedRow): string | undefined {
  return row.values.get('email')?.trim().toLowerCase()
}

/** The row's receiveEmail; anything but yes/no passes through so checkCustomer reports it. */
function receiveEmailOf(row: MappedRow): CustomerInput['receiveEmail'] {
  return (row.values.get('receiveEmail') ?? '') as CustomerInput['receiveEmail']
}

/** The row's dynamic.<key> cells as top-level custom properties (sent as text), or undefined. */
function dynamicOf(row: MappedRow): Record<string, DynamicValue> | undefined {
  let dynamic: Record<string, DynamicValue> | undefined
  forEachPrefixed(row.values, DYNAMIC_PREFIX, (key, text) => {
    dynamic ??= {}
    dynamic[key] = text
  })
  return dynamic
}

/**
 * MappedRow → CustomerInput (§2.2): standard fields, the flattened address
 * as one shipping address, `dynamic.<key>` as custom properties, and the
 * password from the row or — when its cell is empty — a new strong one per
 * customer from `makePassword`.
 */
export function buildCustomer(row: MappedRow, makePassword: () => string = generatePassword): BuiltCustomer {
  const v = row.values
  const typed = v.get('password')
  const generatedPassword = typed === undefined || typed === '' ? makePassword() : null
  const optional: Record<string, string> = {}
  for (const key of ['login', 'gender', 'dateOfBirth'] as const) {
    const value = v.get(key)
    if (value !== undefined) optional[key] = value
  }
  const address = buildAddress(row)
  const dynamicProperties = dynamicOf(row)
  const input: CustomerInput = {
    email: v.get('email') ?? '',
    firstName: v.get('firstName') ?? '',
    lastName: v.get('lastName') ?? '',
    password: generatedPassword ?? typed ?? '',
    receiveEmail: receiveEmailOf(row),
    ...optional,
    ...(address === null ? {} : { address: address.address }),
    ...(dynamicProperties === undefined ? {} : { dynamicProperties })
  }
  return { input, generatedPassword, isDefaultAddress: address?.isDefaultAddress ?? null }
}
