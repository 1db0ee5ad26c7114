import type { Candidate } from './header-candidates'
import { headerKeys } from './normalize'

/*
 * "Sale price" means two things. Beside a plain "Price" (BigCommerce,
 * Squarespace, Magento's special price) it is a lower price that applies
 * only while it is set: the discount price. Beside a "Regular price"
 * (WooCommerce) it is the price charged, and the regular one is the list
 * price. Cost and supply prices are never a price (see the notFields).
 */

const SALE_KEYS = new Set(['saleprice', 'salesprice'])
const PLAIN_PRICE_KEYS = new Set(['price', 'variantprice', '가격'])

/** Moves a "sale price" candidate to the discount price when the sheet also has a plain price column. */
export function withPricePairs(candidates: readonly Candidate[], headers: readonly string[]): Candidate[] {
  const keys = headers.map((h) => headerKeys(h)[0] ?? '')
  if (!keys.some((k) => PLAIN_PRICE_KEYS.has(k))) return [...candidates]
  return candidates.map((c) => (c.field === 'metadata.salesPrice' && SALE_KEYS.has(keys[c.column] ?? '') ? { ...c, field: 'metadata.discountPrice' } : c))
}
