import type { TargetId } from '../../../shared/targets'
import { CUSTOMER_HEADERS } from './customers'
import { INTENT_HEADERS } from './intents'
import { PRODUCT_HEADERS } from './products'
import type { HeaderVocabulary } from './types'

export type { HeaderVocabulary } from './types'

/** The header vocabulary for a target (the product targets share one file). */
export function headerVocabularyFor(target: TargetId): HeaderVocabulary {
  switch (target) {
    case 'products:create':
    case 'products:update':
    case 'products:delete':
      return PRODUCT_HEADERS
    case 'customers:create':
      return CUSTOMER_HEADERS
    case 'intents:create':
      return INTENT_HEADERS
  }
}
