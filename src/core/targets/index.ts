/**
 * Per-target request builders, the plain-language reasons table and the
 * upload engine's adapters for all five targets.
 */
export { buildRequest, naturalKey, type BuildOptions, type BuiltRequest, type TargetPayloads } from './build-request'
export { buildCustomer, customerKey, type BuiltCustomer } from './customers/build-customer'
export { buildIntent, intentKey, type IntentRequest } from './intents/build-intent'
export { buildProductDelete, buildProductInput, buildProductPatch, productKey } from './products/build-product'
export { createTargetAdapter } from './create-target-adapter'
export { ConnectionSetupError, type OccMode, type TargetConnection, type TargetCredentials } from './connection'
export { createCustomersAdapter, type CustomersAdapterOptions, type ProfileCreator } from './customers/customers-adapter'
export { createIntentsAdapter, type IntentsAdapterOptions } from './intents/intents-adapter'
export { createProductsAdapter, type ProductsAdapterOptions } from './products/products-adapter'
export {
  REASON_TEXTS,
  reasonForCode,
  reasonForError,
  reasonForFailMessage,
  reasonForInvalidInput,
  reasonForProductFailure,
  serviceSaid,
  type ProductOperation,
  type Reason
} from './reasons'
