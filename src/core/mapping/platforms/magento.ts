import type { PlatformFormat } from './types'

/*
 * Magento 2 import/export CSVs (experienceleague.adobe.com, "Product
 * attribute reference" / "Customer import"). price is the regular price
 * charged, special_price a temporary lower price, msrp_price the
 * manufacturer's suggested retail price, map_price the minimum advertised
 * price. password_hash is a hash (never a password).
 */

/** catalog_product.csv. */
export const MAGENTO_PRODUCTS: PlatformFormat = {
  id: 'magento2-products',
  name: { ko: 'Magento 2 상품 CSV', en: 'Magento 2 product CSV' },
  kind: 'products',
  target: 'products:create',
  signature: ['sku', 'store_view_code', 'attribute_set_code', 'product_type', 'product_websites', 'product_online', 'tax_class_name', 'special_price', 'url_key', 'msrp_price', 'additional_attributes'],
  columns: {
    sku: 'id',
    name: 'metadata.productName',
    product_type: null,
    categories: null,
    product_online: null,
    price: 'metadata.salesPrice',
    special_price: 'metadata.discountPrice',
    msrp_price: 'metadata.originPrice',
    map_price: null,
    url_key: null,
    meta_keywords: null
  },
  source: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/data-transfer/data-attributes-product'
}

/** customer.csv (Customers Main File). */
export const MAGENTO_CUSTOMERS: PlatformFormat = {
  id: 'magento2-customers',
  name: { ko: 'Magento 2 고객 CSV', en: 'Magento 2 customer CSV' },
  kind: 'customers',
  target: 'customers:create',
  signature: ['_website', '_store', 'created_in', 'disable_auto_group_change', 'group_id', 'password_hash', 'rp_token', 'rp_token_created_at', 'taxvat', 'website_id'],
  columns: {
    email: 'email',
    dob: 'dateOfBirth',
    firstname: 'firstName',
    gender: 'gender',
    lastname: 'lastName',
    password_hash: null,
    rp_token: null,
    password: 'password'
  },
  source: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/data-transfer/data-attributes-customer'
}

/** customer_address.csv: one shipping or billing address per row, keyed by the customer's e-mail. */
export const MAGENTO_ADDRESSES: PlatformFormat = {
  id: 'magento2-addresses',
  name: { ko: 'Magento 2 고객 주소 CSV', en: 'Magento 2 customer address CSV' },
  kind: 'customers',
  target: 'customers:create',
  signature: ['_website', '_email', '_entity_id', 'country_id', 'region_id', 'vat_id', 'vat_is_valid', '_address_default_billing_', '_address_default_shipping_'],
  columns: {
    _email: 'email',
    _entity_id: null,
    city: 'address.city',
    company: 'address.companyName',
    country_id: 'address.country',
    firstname: 'address.firstName',
    lastname: 'address.lastName',
    postcode: 'address.postalCode',
    region: 'address.state',
    region_id: null,
    street: 'address.address1',
    telephone: 'address.phoneNumber',
    _address_default_billing_: null,
    _address_default_shipping_: 'address.isDefaultAddress'
  },
  source: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/data-transfer/data-attributes-customer-address'
}
