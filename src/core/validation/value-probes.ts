import { checkCustomer } from '../services/occ/check-customer'
import type { CustomerInput } from '../services/occ/types'

/*
 * The app's one definition of a plausible email and of a calendar date is
 * the OCC pre-send check's. These probes ask it about a single value, so an
 * email or date field of any target is judged exactly as a customer's is.
 */

/** A customer that passes every check, to vary one field at a time. */
const VALID_CUSTOMER: CustomerInput = { email: 'probe@example.com', firstName: 'probe', lastName: 'probe', password: 'probe', receiveEmail: 'no' }

/** 'invalid-email' when `value` does not look like an email address, else null. */
export function emailProblem(value: string): string | null {
  return checkCustomer({ ...VALID_CUSTOMER, email: value }).find((i) => i.field === 'email')?.code ?? null
}

/** 'invalid-date' when `value` is not a real date written YYYY-MM-DD, else null. */
export function dateProblem(value: string): string | null {
  return checkCustomer({ ...VALID_CUSTOMER, dateOfBirth: value }).find((i) => i.field === 'dateOfBirth')?.code ?? null
}
