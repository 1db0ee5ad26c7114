import type { PlatformFormat } from './types'

/**
 * 네이버 쇼핑 EP 3.0 (the tab-separated 상품 DB a shop publishes for Naver
 * Shopping). Field names are Naver's own: price_pc is the price charged,
 * normal_price the list price, link / mobile_link the product page, image_link
 * the main image URL. naver_category and naver_product_id are Naver's ids;
 * category_name1…4 are the shop's own category words.
 */
export const NAVER_EP_PRODUCTS: PlatformFormat = {
  id: 'naver-ep-products',
  name: { ko: '네이버 쇼핑 EP(상품 DB)', en: 'Naver Shopping EP feed' },
  kind: 'products',
  target: 'products:create',
  signature: ['price_pc', 'price_mobile', 'normal_price', 'mobile_link', 'image_link', 'add_image_link', 'category_name1', 'category_name2', 'naver_category', 'naver_product_id', 'import_flag', 'parallel_import', 'order_made', 'product_flag', 'search_tag', 'shipping'],
  columns: {
    id: 'id',
    title: 'metadata.productName',
    price_pc: 'metadata.salesPrice',
    price_mobile: 'metadata.mobilePrice',
    normal_price: 'metadata.originPrice',
    link: 'salesUrl',
    mobile_link: 'mobileSalesUrl',
    image_link: 'url',
    add_image_link: null,
    naver_category: null,
    naver_product_id: null,
    barcode: null,
    manufacture_define_number: null,
    model_number: 'metadata.productNumber',
    brand: 'metadata.brand',
    maker: null,
    search_tag: 'metadata.tag',
    group_id: null,
    vendor_id: null,
    coordi_id: null,
    review_count: 'metadata.reviewCount',
    shipping: null,
    point: null,
    seller_id: null,
    gender: 'metadata.gender'
  },
  source: '네이버 쇼핑파트너센터 EP 3.0 작성 가이드'
}
