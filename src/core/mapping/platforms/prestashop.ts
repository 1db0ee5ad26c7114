import type { PlatformFormat } from './types'

/*
 * PrestaShop's CSV import files (docs/csv_import in PrestaShop's repository;
 * devdocs "Import"). Price tax excluded is the retail price, Wholesale price
 * the cost; "Manufacturer" is PrestaShop's word for the brand; Reference #
 * is the shop's own product reference (its SKU), Product ID the numeric id.
 * The importer takes plain passwords.
 */

/** products_import.csv. */
export const PRESTASHOP_PRODUCTS: PlatformFormat = {
  id: 'prestashop-products',
  name: { ko: 'PrestaShop 상품 CSV', en: 'PrestaShop product CSV' },
  kind: 'products',
  target: 'products:create',
  signature: ['Price tax excluded', 'Tax rules ID', 'Wholesale price', 'On sale (0/1)', 'Reference #', 'Supplier reference #', 'Ecotax', 'Minimal quantity', 'URL rewritten', 'Text when in stock', 'Image URLs (x,y,z...)'],
  columns: {
    'Product ID': null,
    'Name *': 'metadata.productName',
    'Categories (x,y,z...)': null,
    'Price tax excluded': 'metadata.salesPrice',
    'Wholesale price': null,
    'Discount amount': null,
    'Discount percent': 'metadata.discountPercent',
    'Reference #': 'id',
    Manufacturer: 'metadata.brand',
    'Tags (x,y,z...)': 'metadata.tag',
    'Unit price': null,
    'Image URLs (x,y,z...)': 'url'
  },
  source: 'https://github.com/PrestaShop/PrestaShop/tree/develop/docs/csv_import'
}

/** customers_import.csv. */
export const PRESTASHOP_CUSTOMERS: PlatformFormat = {
  id: 'prestashop-customers',
  name: { ko: 'PrestaShop 고객 CSV', en: 'PrestaShop customer CSV' },
  kind: 'customers',
  target: 'customers:create',
  signature: ['Titles ID (Mr = 1, Ms = 2, else 0)', 'Newsletter (0/1)', 'Opt-in (0/1)', 'Registration date (yyyy-mm-dd)', 'Groups (x,y,z...)', 'Default group ID'],
  columns: {
    'Customer ID': null,
    'Titles ID (Mr = 1, Ms = 2, else 0)': null,
    'Email *': 'email',
    'Password *': 'password',
    'Birthday (yyyy-mm-dd)': 'dateOfBirth',
    'Last Name *': 'lastName',
    'First Name *': 'firstName',
    'Newsletter (0/1)': 'receiveEmail',
    'Opt-in (0/1)': null
  },
  source: 'https://github.com/PrestaShop/PrestaShop/tree/develop/docs/csv_import'
}

/** addresses_import.csv: one address per row, for the customer with that e-mail. */
export const PRESTASHOP_ADDRESSES: PlatformFormat = {
  id: 'prestashop-addresses',
  name: { ko: 'PrestaShop 주소 CSV', en: 'PrestaShop address CSV' },
  kind: 'customers',
  target: 'customers:create',
  signature: ['Address ID', 'Alias*', 'Customer e-mail*', 'Lastname*', 'Firstname*', 'Address 1*', 'Zipcode*', 'City*', 'Country*', 'VAT number', 'DNI'],
  columns: {
    'Address ID': null,
    'Alias*': 'address.alias',
    'Customer e-mail*': 'email',
    'Customer ID': null,
    Manufacturer: null,
    Supplier: null,
    Company: 'address.companyName',
    'Lastname*': 'address.lastName',
    'Firstname*': 'address.firstName',
    'Address 1*': 'address.address1',
    'Address 2': 'address.address2',
    'Zipcode*': 'address.postalCode',
    'City*': 'address.city',
    'Country*': 'address.country',
    State: 'address.state',
    Phone: 'address.phoneNumber'
  },
  source: 'https://github.com/PrestaShop/PrestaShop/tree/develop/docs/csv_import'
}
