import type { PlatformFormat } from './types'

/**
 * WooCommerce's product CSV importer/exporter (woocommerce.com, "Product CSV
 * Import Schema"). Regular price is the list price → originPrice; Sale price
 * is the price charged while a sale runs → salesPrice. A row whose Sale
 * price is empty sells at its Regular price: its salesPrice is then left
 * empty (it is optional) and the Regular price still goes as originPrice.
 * ID is WordPress's numeric post id; the SKU is the product ID. Images is a
 * comma-separated list of URLs, the first being the main one.
 */
export const WOOCOMMERCE_PRODUCTS: PlatformFormat = {
  id: 'woocommerce-products',
  name: { ko: 'WooCommerce 상품 CSV', en: 'WooCommerce product CSV' },
  kind: 'products',
  target: 'products:create',
  signature: ['Is featured?', 'Visibility in catalog', 'Short description', 'Date sale price starts', 'Date sale price ends', 'Tax status', 'In stock?', 'Backorders allowed?', 'Sold individually?', 'Allow customer reviews?', 'Purchase note', 'Sale price', 'Regular price', 'Shipping class', 'Grouped products', 'Button text'],
  columns: {
    ID: null,
    Type: null,
    SKU: 'id',
    Name: 'metadata.productName',
    'Sale price': 'metadata.salesPrice',
    'Regular price': 'metadata.originPrice',
    // Paths such as "Clothing > Tshirts": detection reads their last level through the category words.
    Categories: 'detection',
    Tags: 'metadata.tag',
    Images: 'url',
    Parent: null,
    'External URL': null
  },
  source: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema'
}
