// Frozen from b1cea31:src/core/mapping/header-synonyms/index.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
import type { TargetId } from '../../../../src/shared/targets'
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
