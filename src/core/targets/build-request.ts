import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import type { CustomerInput } from '../services/occ/types'
import type { ProductInput, ProductPatch } from '../services/omnicommerce/types'
import { buildCustomer, customerKey } from './customers/build-customer'
import { buildIntent, intentKey, type IntentRequest } from './intents/build-intent'
import { buildProductDelete, buildProductInput, buildProductPatch, productKey } from './products/build-product'

/** What each target's adapter expects as a WorkItem payload. */
export interface TargetPayloads {
  readonly 'products:create': ProductInput
  readonly 'products:update': ProductPatch
  readonly 'products:delete': string
  readonly 'customers:create': CustomerInput
  readonly 'intents:create': IntentRequest
}

/** One row turned into a request for its target. */
export interface BuiltRequest<T extends TargetId = TargetId> {
  /** The row's natural key (product id, lower-cased email, profile name); '' when the row has none. */
  readonly key: string
  readonly payload: TargetPayloads[T]
  /** customers:create only: the password made for a row without one, to show once and never store. */
  readonly generatedPassword: string | null
}

/** Options for buildRequest. */
export interface BuildOptions {
  /** Makes a password for a customer row without one (default: generatePassword). */
  readonly makePassword?: () => string
}

/**
 * The natural key of a row for a target: what the service knows it by and
 * what in-file duplicate checks and reconciliation compare.
 */
export function naturalKey(target: TargetId, row: MappedRow): string | undefined {
  if (target === 'customers:create') return customerKey(row)
  if (target === 'intents:create') return intentKey(row)
  return productKey(row)
}

type Builder<T extends TargetId> = (row: MappedRow, options: BuildOptions) => { payload: TargetPayloads[T]; generatedPassword: string | null }

const BUILDERS: { readonly [T in TargetId]: Builder<T> } = {
  'products:create': (row) => ({ payload: buildProductInput(row), generatedPassword: null }),
  'products:update': (row) => ({ payload: buildProductPatch(row), generatedPassword: null }),
  'products:delete': (row) => ({ payload: buildProductDelete(row), generatedPassword: null }),
  'customers:create': (row, options) => {
    const built = buildCustomer(row, options.makePassword)
    return { payload: built.input, generatedPassword: built.generatedPassword }
  },
  'intents:create': (row) => ({ payload: buildIntent(row), generatedPassword: null })
}

/** Builds the request payload and natural key of one (validated) row for its target's adapter. */
export function buildRequest<T extends TargetId>(target: T, row: MappedRow, options: BuildOptions = {}): BuiltRequest<T> {
  const builder = BUILDERS[target] as Builder<T>
  const { payload, generatedPassword } = builder(row, options)
  return { key: naturalKey(target, row) ?? '', payload, generatedPassword }
}
