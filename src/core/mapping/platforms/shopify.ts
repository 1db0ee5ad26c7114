import type { PlatformFormat } from './types'

/*
 * Shopify product and customer CSVs (help.shopify.com, "Using CSV files to
 * import and export products" / "customers"). Price is what the customer
 * pays, Compare-at price the higher "was" price, Cost per item the shop's
 * cost. Handle / URL handle are URL slugs; a variant's SKU is the product ID.
 */

/** The classic product CSV (Handle, Body (HTML), Variant SKU, …). */
export const SHOPIFY_PRODUCTS: PlatformFormat = {
  id: 'shopify-products',
  name: { ko: 'Shopify 상품 CSV', en: 'Shopify product CSV' },
  kind: 'products',
  target: 'products:create',
  signature: ['Handle', 'Body (HTML)', 'Vendor', 'Variant SKU', 'Variant Grams', 'Variant Inventory Policy', 'Variant Fulfillment Service', 'Variant Price', 'Variant Compare At Price', 'Image Src', 'Gift Card'],
  columns: {
    Handle: null,
    Title: 'metadata.productName',
    Vendor: 'metadata.brand',
    'Product Category': null,
    Tags: 'metadata.tag',
    'Variant SKU': 'id',
    'Variant Price': 'metadata.salesPrice',
    'Variant Compare At Price': 'metadata.originPrice',
    'Cost per item': null,
    'Image Src': 'url',
    'Variant Image': null,
    'Google Shopping / Gender': 'metadata.gender',
    'Price / United States': null,
    'Price / International': null
  },
  source: 'https://help.shopify.com/en/manual/products/import-export/using-csv'
}

/** The product CSV since 2024/25 (URL handle, Compare-at price, Product image URL, …). */
export const SHOPIFY_PRODUCTS_2025: PlatformFormat = {
  id: 'shopify-products-2025',
  name: { ko: 'Shopify 상품 CSV (새 양식)', en: 'Shopify product CSV (new layout)' },
  kind: 'products',
  target: 'products:create',
  signature: ['URL handle', 'Published on online store', 'Option1 Linked To', 'Compare-at price', 'Cost per item', 'Charge tax', 'Continue selling when out of stock', 'Product image URL', 'Variant image URL'],
  columns: {
    Title: 'metadata.productName',
    'URL handle': null,
    Vendor: 'metadata.brand',
    'Product category': null,
    Tags: 'metadata.tag',
    SKU: 'id',
    Price: 'metadata.salesPrice',
    'Compare-at price': 'metadata.originPrice',
    'Cost per item': null,
    'Product image URL': 'url',
    'Variant image URL': null,
    'Color (product.metafields.shopify.color-pattern)': 'metadata.color',
    'Google Shopping / Gender': 'metadata.gender'
  },
  source: 'https://help.shopify.com/en/manual/products/import-export/using-csv'
}

/** The customer export (customers_export.csv). "Default Address …" is the customer's default address. */
export const SHOPIFY_CUSTOMERS: PlatformFormat = {
  id: 'shopify-customers',
  name: { ko: 'Shopify 고객 CSV', en: 'Shopify customer export' },
  kind: 'customers',
  target: 'customers:create',
  signature: ['Customer ID', 'Accepts Email Marketing', 'Default Address Company', 'Default Address Address1', 'Default Address City', 'Default Address Zip', 'Accepts SMS Marketing', 'Total Spent', 'Total Orders', 'Tax Exempt'],
  columns: {
    'Customer ID': null,
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    'Accepts Email Marketing': 'receiveEmail',
    'Default Address Company': 'address.companyName',
    'Default Address Address1': 'address.address1',
    'Default Address Address2': 'address.address2',
    'Default Address City': 'address.city',
    'Default Address Province Code': 'address.state_ISOCode',
    'Default Address Country Code': 'address.country',
    'Default Address Zip': 'address.postalCode',
    'Default Address Phone': 'address.phoneNumber',
    'Accepts SMS Marketing': null,
    'Total Spent': null
  },
  source: 'https://help.shopify.com/en/manual/customers/import-export-customers'
}
