import { InvalidInputError } from '../field-issue'
import { OCC } from './assumptions'
import { checkDynamicKeys } from './check-customer'
import { OCC_ADDRESS_KEYS, type CustomerInput } from './types'

/**
 * Builds the createProfile JSON body (§2.2, seed 002): standard fields, one
 * default shipping address, dynamic properties as top-level keys. Shared by
 * the storefront and admin clients. Throws InvalidInputError for a clashing
 * dynamic property name (nothing is sent).
 */
export function buildProfileBody(input: CustomerInput): Record<string, unknown> {
  const dynamic = input.dynamicProperties ?? {}
  const issues = checkDynamicKeys(Object.keys(dynamic))
  if (issues.length > 0) throw new InvalidInputError(OCC, issues)
  const body: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(dynamic)) body[key] = value
  Object.assign(body, {
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    password: input.password,
    receiveEmail: typeof input.receiveEmail === 'boolean' ? (input.receiveEmail ? 'yes' : 'no') : input.receiveEmail
  })
  if (input.login !== undefined && input.login !== '') body.login = input.login
  if (input.gender !== undefined && input.gender !== '') body.gender = input.gender
  if (input.dateOfBirth !== undefined && input.dateOfBirth !== '') body.dateOfBirth = input.dateOfBirth
  if (input.address !== undefined) {
    const address: Record<string, unknown> = {}
    for (const key of OCC_ADDRESS_KEYS) {
      const value = input.address[key]
      if (value !== undefined && value !== '') address[key] = value
    }
    if (Object.keys(address).length > 0) body.shippingAddresses = [{ ...address, isDefaultAddress: true }]
  }
  return body
}

/** The strings of a customer that must be scrubbed from anything we print. */
export function customerSecrets(input: CustomerInput): string[] {
  return [String(input.password)]
}
