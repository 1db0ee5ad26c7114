// Frozen from b1cea31:src/core/mapping/default-constants.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
import type { MappingConstant } from '../../../src/shared/mapping'
import type { TargetId } from '../../../src/shared/targets'

/*
 * Fixed values autoMap proposes so a fresh mapping can start. They show up on
 * the mapping screen like any constant and the user can clear them. As
 * constants they also fill rows where a mapped column is empty.
 */

const PRICE_FIELDS = ['salesPrice', 'originPrice', 'discountPrice', 'mobilePrice', 'memberPrice'].map((p) => `metadata.${p}`)

/**
 * The default constants for a target given the fields its columns feed:
 * receiveEmail = no for customers (no marketing mail without a recorded yes),
 * metadata.currency = KRW for products when any price is mapped.
 */
export function defaultConstants(target: TargetId, mappedFields: ReadonlySet<string>): readonly MappingConstant[] {
  switch (target) {
    case 'customers:create':
      return [{ field: 'receiveEmail', value: 'no' }]
    case 'products:create':
    case 'products:update':
      return PRICE_FIELDS.some((f) => mappedFields.has(f)) ? [{ field: 'metadata.currency', value: 'KRW' }] : []
    default:
      return []
  }
}
