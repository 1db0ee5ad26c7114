import type { PlatformFormat } from './types'

/**
 * Squarespace's product export (support.squarespace.com, "Exporting your
 * products"): Price is the regular price, Sale Price the price while On
 * Sale is Yes (→ discountPrice). Product ID is an internal hex id, Product
 * URL a slug, Hosted Image URLs a space-separated list of full URLs.
 */
export const SQUARESPACE_PRODUCTS: PlatformFormat = {
  id: 'squarespace-products',
  name: { ko: 'Squarespace 상품 CSV', en: 'Squarespace product export' },
  kind: 'products',
  target: 'products:create',
  signature: ['Product ID [Non Editable]', 'Variant ID [Non Editable]', 'Product Type [Non Editable]', 'Product Page', 'Option Name 1', 'Option Value 1', 'On Sale', 'Hosted Image URLs'],
  columns: {
    'Product ID [Non Editable]': null,
    'Variant ID [Non Editable]': null,
    'Product Type [Non Editable]': null,
    'Product Page': null,
    'Product URL': null,
    Title: 'metadata.productName',
    SKU: 'id',
    Price: 'metadata.salesPrice',
    'Sale Price': 'metadata.discountPrice',
    Categories: null,
    Tags: 'metadata.tag',
    'Hosted Image URLs': 'url'
  },
  source: 'https://support.squarespace.com/hc/en-us/articles/206540767'
}
