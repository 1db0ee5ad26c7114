import type { FieldIssue } from '../field-issue'
import { OCC_DATE_OF_BIRTH_PATTERN, OCC_RECEIVE_EMAIL_VALUES } from './assumptions'
import type { CustomerInput } from './types'

/** Top-level keys the profile body already uses; a dynamic property may not reuse them. */
const RESERVED_KEYS = new Set([
  'email', 'firstName', 'lastName', 'password', 'receiveEmail', 'login', 'gender', 'dateOfBirth',
  'shippingAddresses', 'shippingAddress', 'id', 'repositoryId', 'locale', 'profileType', 'roles',
  'GDPRProfileP13nConsentGranted', '__proto__', 'constructor', 'prototype'
])

/** Dynamic property names: a letter, then letters, digits or underscores. */
const DYNAMIC_KEY = /^[A-Za-z][A-Za-z0-9_]{0,99}$/

/** A deliberately loose email shape check; the service has the final say. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Rejects dynamic property names that would clash with standard fields or are not identifiers. */
export function checkDynamicKeys(keys: readonly string[]): FieldIssue[] {
  return keys
    .filter((key) => !DYNAMIC_KEY.test(key) || RESERVED_KEYS.has(key))
    .map((key) => ({ field: `dynamic.${key}`, code: 'invalid-property-name', message: `"${key}" cannot be used as a custom property name.` }))
}

/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(value: string): boolean {
  if (!OCC_DATE_OF_BIRTH_PATTERN.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}

/**
 * Pure pre-send check of one customer row against what createProfile
 * documents (§2.2): email and password present (22003/22005 otherwise),
 * names present, receiveEmail yes/no, dateOfBirth as YYYY-MM-DD (O6
 * ASSUMPTION), safe custom property names. Messages never quote the password.
 */
export function checkCustomer(input: CustomerInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
  if (text(input.email) === '') issues.push({ field: 'email', code: 'required', message: 'An email address is required.' })
  else if (!EMAIL.test(text(input.email))) issues.push({ field: 'email', code: 'invalid-email', message: 'This does not look like an email address.' })
  if (text(input.firstName) === '') issues.push({ field: 'firstName', code: 'required', message: 'A first name is required.' })
  if (text(input.lastName) === '') issues.push({ field: 'lastName', code: 'required', message: 'A last name is required.' })
  if (typeof input.password !== 'string' || input.password === '') issues.push({ field: 'password', code: 'required', message: 'A password is required.' })
  if (typeof input.receiveEmail !== 'boolean' && !(OCC_RECEIVE_EMAIL_VALUES as readonly string[]).includes(input.receiveEmail)) {
    issues.push({ field: 'receiveEmail', code: 'invalid-value', message: 'receiveEmail must be yes or no.' })
  }
  if (input.dateOfBirth !== undefined && input.dateOfBirth !== '' && !isIsoDate(input.dateOfBirth)) {
    issues.push({ field: 'dateOfBirth', code: 'invalid-date', message: 'Dates of birth are written YYYY-MM-DD.' })
  }
  issues.push(...checkDynamicKeys(Object.keys(input.dynamicProperties ?? {})))
  return issues
}
