import type { MappedRow } from '../../../shared/mapping'
import type { ProductInput, ProductPatch } from '../../services/omnicommerce/types'
import { buildMetadata } from './metadata'

/*
 * MappedRow → OMNICOMMERCE products[] item (§3.2, §3.3). Missing required
 * values become '' so the pre-send check (checkProduct) reports them; for a
 * validated row every required value is present.
 */

/** A product being assembled field by field. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** The top-level product fields other than id, in request order. */
const URL_AND_DETECTION = ['url', 'detection', 'salesUrl', 'mobileSalesUrl'] as const

/** The natural key of a product row: its id, as the service knows it (case-sensitive). */
export function productKey(row: MappedRow): string | undefined {
  return row.values.get('id')
}

/** A full product for POST (create / upsert). */
export function buildProductInput(row: MappedRow): ProductInput {
  const v = row.values
  const product: Mutable<ProductInput> = { id: v.get('id') ?? '', url: v.get('url') ?? '', detection: v.get('detection') ?? '', salesUrl: v.get('salesUrl') ?? '' }
  const mobileSalesUrl = v.get('mobileSalesUrl')
  if (mobileSalesUrl !== undefined) product.mobileSalesUrl = mobileSalesUrl
  const metadata = buildMetadata(row)
  if (metadata !== undefined) product.metadata = metadata
  return product
}

/** A partial product for PUT: only the fields the row gives, so nothing else on the product changes. */
export function buildProductPatch(row: MappedRow): ProductPatch {
  const patch: Mutable<ProductPatch> = { id: row.values.get('id') ?? '' }
  for (const field of URL_AND_DETECTION) {
    const value = row.values.get(field)
    if (value !== undefined) patch[field] = value
  }
  const metadata = buildMetadata(row)
  if (metadata !== undefined) patch.metadata = metadata
  return patch
}

/** The product id to DELETE. */
export function buildProductDelete(row: MappedRow): string {
  return row.values.get('id') ?? ''
}
