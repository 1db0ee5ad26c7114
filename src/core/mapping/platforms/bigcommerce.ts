import type { PlatformFormat } from './types'

/*
 * BigCommerce product CSVs (support.bigcommerce.com, "Product CSV Import /
 * Export"). Price is the default price charged, Sale Price a lower price
 * that applies while set (→ discountPrice), Retail Price the MSRP shown
 * struck through (→ originPrice), Cost Price the shop's cost. ID / Product
 * ID is BigCommerce's numeric id; the SKU is the product ID. Product URL is
 * a path on the store ("/fog-linen-…/"), not a full address.
 */

const PRICES = {
  Price: 'metadata.salesPrice',
  'Cost Price': null,
  'Retail Price': 'metadata.originPrice',
  'Sale Price': 'metadata.discountPrice',
  'Search Keywords': 'metadata.tag',
  'Meta Keywords': null,
  'Product URL': null
} as const

/** The current (v3) export: Item = Product / Variant / Image rows. */
export const BIGCOMMERCE_PRODUCTS: PlatformFormat = {
  id: 'bigcommerce-products',
  name: { ko: 'BigCommerce 상품 CSV', en: 'BigCommerce product CSV' },
  kind: 'products',
  target: 'products:create',
  signature: ['Item', 'Options', 'Inventory Tracking', 'Current Stock', 'Low Stock', 'Cost Price', 'Retail Price', 'Brand ID', 'Channels', 'Bin Picking Number', 'Internal Image URL (Export)', 'Image URL (Import)'],
  columns: {
    ...PRICES,
    Item: null,
    ID: null,
    Name: 'metadata.productName',
    Type: null,
    SKU: 'id',
    'Brand ID': null,
    Channels: null,
    Categories: null
  },
  source: 'https://support.bigcommerce.com/s/article/Product-CSV-Import-Export'
}

/** The legacy ("Bulk Edit") export: Item Type, Product Code/SKU, Product Image File - n, …. */
export const BIGCOMMERCE_PRODUCTS_LEGACY: PlatformFormat = {
  id: 'bigcommerce-products-legacy',
  name: { ko: 'BigCommerce 상품 CSV (이전 양식)', en: 'BigCommerce product CSV (legacy)' },
  kind: 'products',
  target: 'products:create',
  signature: ['Item Type', 'Product Code/SKU', 'Bin Picking Number', 'Option Set', 'Option Set Align', 'Cost Price', 'Retail Price', 'Product Image ID - 1', 'MYOB Asset Acct', 'Stop Processing Rules'],
  columns: {
    ...PRICES,
    'Item Type': null,
    'Product ID': null,
    'Product Name': 'metadata.productName',
    'Product Type': null,
    'Product Code/SKU': 'id',
    'Brand Name': 'metadata.brand',
    Category: null,
    'Product Image ID - 1': null
  },
  source: 'https://support.bigcommerce.com/s/article/Product-CSV-Import-Export'
}
