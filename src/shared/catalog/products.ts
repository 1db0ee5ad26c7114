import type { FieldDef, TargetCatalog } from './types'
import { DETECTION_VALUE_LABELS, DETECTION_VALUES } from './detection'

/*
 * OMNICOMMERCE Data Management API (seed 003, contracts §3): products[] items
 * of POST/PUT /management/products and productIds of DELETE. Metadata field
 * names keep the documented spellings, typos included (montlyPurchase,
 * branceOffice): the service only knows them that way.
 */

const detectionList = (lang: 'ko' | 'en'): string =>
  DETECTION_VALUES.map((v) => `${v} = ${DETECTION_VALUE_LABELS[v][lang]}`).join(', ')

const ID_FIELD: FieldDef = {
  name: 'id',
  label: { ko: '상품코드', en: 'Product ID' },
  required: true,
  type: 'id',
  maxLength: 50,
  help: {
    ko: '상품마다 다른 고유 코드입니다 (최대 50자). 영문, 숫자와 - . _ ~ 만 쓸 수 있고 띄어쓰기·한글은 안 됩니다. 같은 코드로 다시 등록하면 기존 상품을 덮어씁니다.',
    en: 'A code that is different for every product (up to 50 characters). Only letters, digits and - . _ ~ are allowed: no spaces, no Korean. Registering the same code again overwrites that product.'
  }
}

const num = (name: string, ko: string, en: string, helpKo: string, helpEn: string): FieldDef => ({
  name: `metadata.${name}`,
  label: { ko, en },
  required: false,
  type: 'number',
  help: { ko: `${helpKo} 숫자만 적습니다 (쉼표·원 표시는 자동으로 지웁니다).`, en: `${helpEn} Numbers only (commas and currency signs are removed for you).` }
})

const list = (name: string, ko: string, en: string, helpKo: string, helpEn: string): FieldDef => ({
  name: `metadata.${name}`,
  label: { ko, en },
  required: false,
  type: 'textList',
  help: { ko: `${helpKo} 여러 개면 쉼표(,)로 구분합니다.`, en: `${helpEn} Separate several values with commas (,).` }
})

/** Every products[] field, with `required` as on POST (create). */
const PRODUCT_FIELDS: readonly FieldDef[] = [
  ID_FIELD,
  {
    name: 'url',
    label: { ko: '대표 이미지 URL', en: 'Image URL' },
    required: true,
    type: 'url',
    help: {
      ko: '상품 대표 사진의 인터넷 주소입니다 (https://로 시작). 상품 페이지 주소가 아니라 사진 파일 주소를 넣어 주세요.',
      en: 'Web address of the main product photo (starts with https://). The photo file itself, not the product page.'
    }
  },
  {
    name: 'detection',
    label: { ko: '카테고리', en: 'Category' },
    required: true,
    type: 'enum',
    allowed: DETECTION_VALUES,
    categoryWords: true,
    help: {
      ko: `사진에서 어떤 물건을 보고 추천할지 정합니다. 다음 중 하나: ${detectionList('ko')}. "상의", "원피스"처럼 한글로 적어도 자동으로 바꿉니다.`,
      en: `Tells the service which item in the photo to look at. One of: ${detectionList('en')}. Plain words like "top" or "dress" are converted for you.`
    }
  },
  {
    name: 'salesUrl',
    label: { ko: '상품 페이지 URL', en: 'Product page URL' },
    required: true,
    type: 'url',
    help: {
      ko: '이 상품을 파는 쇼핑몰 페이지 주소입니다 (https://로 시작).',
      en: 'Address of the shop page where this product is sold (starts with https://).'
    }
  },
  {
    name: 'mobileSalesUrl',
    label: { ko: '모바일 상품 페이지 URL', en: 'Mobile product page URL' },
    required: false,
    type: 'url',
    help: {
      ko: '모바일 쇼핑몰의 상품 페이지 주소입니다. 없으면 비워 두세요.',
      en: 'Address of the product page on the mobile shop. Leave empty if there is none.'
    }
  },
  {
    name: 'metadata.productName',
    label: { ko: '상품명', en: 'Product name' },
    required: false,
    type: 'text',
    help: { ko: '고객에게 보이는 상품 이름입니다.', en: 'The product name customers see.' }
  },
  {
    name: 'metadata.brand',
    label: { ko: '브랜드', en: 'Brand' },
    required: false,
    type: 'text',
    help: { ko: '브랜드 이름입니다.', en: 'Brand name.' }
  },
  num(
    'productNumber',
    '품번',
    'Style number',
    '스타일 번호(품번)입니다. 서비스가 숫자로만 받으므로 영문이 섞인 품번은 넣을 수 없고, 앞자리 0은 없어집니다.',
    'Style or model number. The service takes digits only, so codes with letters cannot go here and leading zeros are lost.'
  ),
  list('season', '시즌', 'Season', '시즌입니다 (예: 2024SS, 여름).', 'Season (e.g. 2024SS, summer).'),
  {
    name: 'metadata.gender',
    label: { ko: '성별', en: 'Gender' },
    required: false,
    type: 'enumList',
    allowed: ['MALE', 'FEMALE', 'UNISEX'],
    help: {
      ko: '누구를 위한 상품인지: MALE(남성), FEMALE(여성), UNISEX(공용). "남성", "여", "공용"처럼 적어도 됩니다. 추천 기능에는 하나만 쓰는 것이 좋습니다.',
      en: 'Who the product is for: MALE, FEMALE or UNISEX. Words like "men" or "women" work too. Recommendations work best with just one value.'
    }
  },
  { ...num('discountPercent', '할인율', 'Discount (%)', '할인율(%)입니다. 20% 할인이면 20.', 'Discount rate in percent: 20 for 20% off.'), percent: true },
  num('discountPrice', '할인가', 'Discount price', '할인된 가격입니다.', 'The discounted price.'),
  num('salesPrice', '판매가', 'Sale price', '지금 파는 가격입니다.', 'The price the product sells for now.'),
  num('mobilePrice', '모바일 판매가', 'Mobile price', '모바일에서 파는 가격입니다.', 'The price in the mobile shop.'),
  num('originPrice', '정가', 'List price', '할인 전 원래 가격(소비자가)입니다.', 'The original price before any discount.'),
  num('memberPrice', '회원가', 'Member price', '회원에게 파는 가격입니다.', 'The price for members.'),
  {
    name: 'metadata.currency',
    label: { ko: '통화', en: 'Currency' },
    required: false,
    type: 'text',
    help: {
      ko: '가격의 통화 코드입니다: 원화는 KRW, 달러는 USD. 모든 행이 같으면 열 대신 고정값으로 정할 수 있습니다.',
      en: 'Currency code of the prices: KRW for won, USD for dollars. If it is the same for every row, set it once as a fixed value instead of a column.'
    }
  },
  num('reviewScore', '리뷰 평점', 'Review score', '리뷰 평균 점수입니다 (예: 4.5).', 'Average review score (e.g. 4.5).'),
  num('reviewCount', '리뷰 수', 'Review count', '리뷰 개수입니다.', 'Number of reviews.'),
  num('montlyPurchase', '월 구매 수', 'Monthly purchases', '최근 한 달 구매 수입니다.', 'Purchases in the last month.'),
  num('views', '조회수', 'Views', '최근 한 달 조회수입니다.', 'Page views in the last month.'),
  num('cumulativeSales', '누적 판매량', 'Total sales', '지금까지 팔린 개수입니다.', 'Units sold so far.'),
  num('likeCount', '좋아요 수', 'Likes', '좋아요(찜) 수입니다.', 'Number of likes or wishlist saves.'),
  list('color', '색상', 'Color', '색상입니다 (예: 블랙, 화이트).', 'Colours (e.g. black, white).'),
  list('size', '사이즈', 'Size', '사이즈입니다 (예: S, M, L).', 'Sizes (e.g. S, M, L).'),
  list('tag', '태그', 'Tags', '검색·추천에 쓰는 태그입니다.', 'Tags used for search and recommendations.'),
  list('branceOffice', '지점', 'Branch office', '상품을 파는 지점·매장입니다.', 'Branches or stores that sell the product.'),
  list('furnishChannel', '공급 채널', 'Supply channel', '상품을 공급·판매하는 채널입니다.', 'Channels that supply or sell the product.'),
  list('tip', '상품 팁', 'Tips', '코디·사용 팁입니다.', 'Styling or usage tips.')
]

/** POST /management/products: id, url, detection and salesUrl are required (seed 003). */
export const PRODUCTS_CREATE_CATALOG: TargetCatalog = {
  target: 'products:create',
  service: 'omnicommerce',
  label: { ko: '상품 등록', en: 'Create products' },
  fields: PRODUCT_FIELDS,
  extras: 'metadata'
}

/** PUT /management/products: a partial update, so only `id` is required (contracts §3.3). */
export const PRODUCTS_UPDATE_CATALOG: TargetCatalog = {
  target: 'products:update',
  service: 'omnicommerce',
  label: { ko: '상품 수정', en: 'Update products' },
  fields: PRODUCT_FIELDS.map((f) => ({ ...f, required: f.name === 'id' })),
  extras: 'metadata'
}

/** DELETE /management/products: the body is only a list of product ids. */
export const PRODUCTS_DELETE_CATALOG: TargetCatalog = {
  target: 'products:delete',
  service: 'omnicommerce',
  label: { ko: '상품 삭제', en: 'Delete products' },
  fields: [
    {
      ...ID_FIELD,
      help: {
        ko: '삭제할 상품의 상품코드입니다. 등록할 때 쓴 코드와 똑같이 적어 주세요.',
        en: 'Product ID of the product to delete, exactly as it was registered.'
      }
    }
  ],
  extras: null
}
