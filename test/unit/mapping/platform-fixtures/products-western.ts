import type { FixtureExpectation } from './types'

/**
 * Western product exports. Prices follow each platform's documentation:
 * the price a customer is charged → salesPrice, a list/compare-at/MSRP
 * price → originPrice, a separate "sale" or "special" price that replaces
 * the regular one only while set → discountPrice (except WooCommerce, where
 * the issue fixes Sale price → salesPrice and Regular price → originPrice),
 * cost/wholesale prices → nothing. SKU-like columns are the product ID;
 * internal numeric row ids and URL slugs are not.
 */
export const WESTERN_PRODUCT_EXPECTATIONS: readonly FixtureExpectation[] = [
  {
    file: 'shopify/products-template.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'shopify-products',
    fields: {
      Title: 'metadata.productName',
      Vendor: 'metadata.brand',
      Type: 'detection',
      Tags: 'metadata.tag',
      'Variant SKU': 'id',
      'Variant Price': 'metadata.salesPrice',
      'Variant Compare At Price': 'metadata.originPrice',
      'Image Src': 'url',
      'Google Shopping / Gender': 'metadata.gender'
    }
    // Type holds "Shirts" here, a detection value. Handle is a URL slug; Variant Image is a variant's own picture.
  },
  {
    file: 'shopify/products-export-2025.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'shopify-products-2025',
    fields: {
      Title: 'metadata.productName',
      Vendor: 'metadata.brand',
      Type: 'detection',
      Tags: 'metadata.tag',
      SKU: 'id',
      Price: 'metadata.salesPrice',
      'Compare-at price': 'metadata.originPrice',
      'Product image URL': 'url',
      'Color (product.metafields.shopify.color-pattern)': 'metadata.color',
      'Google Shopping / Gender': 'metadata.gender'
    }
    // Type holds "Graphic shirt": a shirt, so TOP through the category words. Cost per item is the shop's cost.
  },
  {
    file: 'woocommerce/products-import-sample.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'woocommerce-products',
    fields: {
      SKU: 'id',
      Name: 'metadata.productName',
      'Sale price': 'metadata.salesPrice',
      'Regular price': 'metadata.originPrice',
      Tags: 'metadata.tag',
      Images: 'url',
      Categories: 'detection'
    }
    // ID is WordPress's numeric post id; Categories holds paths like "Clothing > Tshirts", read through the category words; External URL is for affiliate products.
  },
  {
    file: 'magento2/products-import-sample.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'magento2-products',
    fields: {
      sku: 'id',
      name: 'metadata.productName',
      price: 'metadata.salesPrice',
      special_price: 'metadata.discountPrice',
      msrp_price: 'metadata.originPrice'
    }
    // map_price is the minimum advertised price; url_key is a slug; categories are paths.
  },
  {
    file: 'prestashop/products-import-sample.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'prestashop-products',
    fields: {
      'Name *': 'metadata.productName',
      'Price tax excluded': 'metadata.salesPrice',
      'Discount percent': 'metadata.discountPercent',
      'Reference #': 'id',
      Manufacturer: 'metadata.brand',
      'Tags (x,y,z...)': 'metadata.tag',
      'Image URLs (x,y,z...)': 'url'
    }
    // PrestaShop calls brands "manufacturers". Product ID is the numeric row id; Wholesale price is the cost;
    // Discount amount is an amount off, not a price; URL rewritten is a slug.
  },
  {
    file: 'bigcommerce/products-export.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'bigcommerce-products',
    fields: {
      Name: 'metadata.productName',
      SKU: 'id',
      Price: 'metadata.salesPrice',
      'Retail Price': 'metadata.originPrice',
      'Sale Price': 'metadata.discountPrice',
      'Search Keywords': 'metadata.tag'
    },
    unscored: {
      'Internal Image URL (Export)': 'image rows are separate "Image" rows in this format, not on the product row',
      'Image URL (Import)': 'as above'
    }
    // ID is BigCommerce's numeric id; Product URL is a relative path; Categories are ids ("23;18"); Brand ID is an id.
  },
  {
    file: 'bigcommerce/products-export-legacy.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'bigcommerce-products-legacy',
    fields: {
      'Product Name': 'metadata.productName',
      'Product Code/SKU': 'id',
      'Brand Name': 'metadata.brand',
      Price: 'metadata.salesPrice',
      'Retail Price': 'metadata.originPrice',
      'Sale Price': 'metadata.discountPrice',
      'Search Keywords': 'metadata.tag'
    },
    unscored: { 'Product Image File - 1': 'a file name or a URL, depending on the store' }
  },
  {
    file: 'squarespace/products-export.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'squarespace-products',
    fields: {
      Title: 'metadata.productName',
      SKU: 'id',
      Price: 'metadata.salesPrice',
      'Sale Price': 'metadata.discountPrice',
      Tags: 'metadata.tag',
      'Hosted Image URLs': 'url'
    }
    // Product ID is a 24-hex internal id; Product URL and Product Page are slugs; Categories are paths.
  },
  {
    file: 'squarespace/products-export-2020.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'squarespace-products',
    fields: {
      Title: 'metadata.productName',
      SKU: 'id',
      Price: 'metadata.salesPrice',
      'Sale Price': 'metadata.discountPrice',
      Tags: 'metadata.tag',
      'Hosted Image URLs': 'url'
    }
  }
]
