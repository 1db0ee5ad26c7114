import { catalogFor } from '../../shared/catalog'
import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import type { FieldIssue } from '../services/field-issue'
import { checkIntent } from '../services/nclue/check-intent'
import { checkCustomer } from '../services/occ/check-customer'
import { checkProduct, checkProductId } from '../services/omnicommerce/check-product'
import { buildCustomer } from '../targets/customers/build-customer'
import { buildProductInput, buildProductPatch } from '../targets/products/build-product'

/** How one target's rows are checked beyond the per-type rules of the catalog. */
export interface TargetRules {
  /** The service's own pre-send check, run on the row exactly as it would be sent. */
  readonly serviceCheck: (row: MappedRow) => readonly FieldIssue[]
  /** Fields whose rules serviceCheck already enforces in full; the per-type checks skip them. */
  readonly serviceChecked: ReadonlySet<string>
  /** Warn when the default-address column says no: the OCC client sends every address as the default (customers only). */
  readonly warnsDefaultAddress: boolean
}

/** A stand-in for generated passwords: validation checks rows, it does not make real passwords. */
const NO_PASSWORD_YET = (): string => 'generated-when-sent'

const allFields = (target: TargetId): ReadonlySet<string> => new Set(catalogFor(target).fields.map((f) => f.name))

const PRODUCTS_CREATE: TargetRules = {
  serviceCheck: (row) => checkProduct(buildProductInput(row), 'create'),
  serviceChecked: allFields('products:create'),
  warnsDefaultAddress: false
}

const PRODUCTS_UPDATE: TargetRules = {
  serviceCheck: (row) => checkProduct(buildProductPatch(row), 'update'),
  serviceChecked: allFields('products:update'),
  warnsDefaultAddress: false
}

const PRODUCTS_DELETE: TargetRules = {
  serviceCheck: (row) => checkProductId(row.values.get('id') ?? ''),
  serviceChecked: new Set(['id']),
  warnsDefaultAddress: false
}

const CUSTOMERS_CREATE: TargetRules = {
  serviceCheck: (row) => checkCustomer(buildCustomer(row, NO_PASSWORD_YET).input),
  serviceChecked: new Set(['email', 'firstName', 'lastName', 'password', 'receiveEmail', 'dateOfBirth']),
  warnsDefaultAddress: true
}

/** The task is given by id or by name; either satisfies checkIntent's "task present" (the name is resolved when sent). */
const INTENTS_CREATE: TargetRules = {
  serviceCheck: (row) => checkIntent({ name: row.values.get('name') ?? '', task_id: row.values.get('task_id') ?? row.values.get('task_name') ?? '' }),
  serviceChecked: new Set(['name']),
  warnsDefaultAddress: false
}

/** The rules of each target. */
export const TARGET_RULES: Readonly<Record<TargetId, TargetRules>> = {
  'products:create': PRODUCTS_CREATE,
  'products:update': PRODUCTS_UPDATE,
  'products:delete': PRODUCTS_DELETE,
  'customers:create': CUSTOMERS_CREATE,
  'intents:create': INTENTS_CREATE
}
