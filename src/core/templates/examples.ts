import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import type { Language } from '../../shared/text'

/*
 * The one example row each template carries, per language. Values are
 * written as the user would type them (Korean yes/no words in the Korean
 * template); IDs, phone numbers and postal codes keep their leading zeros.
 */

type Example = Readonly<Record<Language, Readonly<Record<string, string>>>>

/** Product values that read the same in both languages (ids, links, prices, counts). */
const PRODUCT_NUMBERS = {
  id: '000123',
  url: 'https://example.com/images/000123.jpg',
  detection: 'TOP',
  salesUrl: 'https://example.com/products/000123',
  mobileSalesUrl: 'https://m.example.com/products/000123',
  'metadata.productNumber': '240123',
  'metadata.gender': 'UNISEX',
  'metadata.discountPercent': '10',
  'metadata.discountPrice': '35100',
  'metadata.salesPrice': '35100',
  'metadata.mobilePrice': '35100',
  'metadata.originPrice': '39000',
  'metadata.memberPrice': '34000',
  'metadata.currency': 'KRW',
  'metadata.reviewScore': '4.5',
  'metadata.reviewCount': '12',
  'metadata.montlyPurchase': '30',
  'metadata.views': '1500',
  'metadata.cumulativeSales': '240',
  'metadata.likeCount': '85',
  'metadata.size': 'S, M, L'
} as const

const PRODUCT: Example = {
  ko: {
    ...PRODUCT_NUMBERS,
    'metadata.productName': '린넨 오버핏 셔츠',
    'metadata.brand': '시트포트',
    'metadata.season': '2024SS, 여름',
    'metadata.color': '화이트, 블랙',
    'metadata.tag': '린넨, 여름',
    'metadata.branceOffice': '강남점',
    'metadata.furnishChannel': '온라인몰',
    'metadata.tip': '반팔 티셔츠와 겹쳐 입기 좋아요'
  },
  en: {
    ...PRODUCT_NUMBERS,
    'metadata.productName': 'Linen oversized shirt',
    'metadata.brand': 'Sheetport',
    'metadata.season': '2024SS, summer',
    'metadata.color': 'white, black',
    'metadata.tag': 'linen, summer',
    'metadata.branceOffice': 'Gangnam store',
    'metadata.furnishChannel': 'online shop',
    'metadata.tip': 'Layer it over a T-shirt'
  }
}

const CUSTOMER: Example = {
  ko: {
    email: 'gildong.hong@example.com',
    firstName: '길동',
    lastName: '홍',
    receiveEmail: '아니오',
    gender: 'male',
    dateOfBirth: '1990-03-05',
    'address.firstName': '길동',
    'address.lastName': '홍',
    'address.address1': '서울특별시 강남구 테헤란로 123',
    'address.address2': '4층',
    'address.city': '강남구',
    'address.state': '서울특별시',
    'address.state_ISOCode': 'KR-11',
    'address.country': 'KR',
    'address.postalCode': '06236',
    'address.phoneNumber': '010-1234-5678',
    'address.alias': '집',
    'address.isDefaultAddress': '예'
  },
  en: {
    email: 'jane.kim@example.com',
    firstName: 'Jane',
    lastName: 'Kim',
    receiveEmail: 'no',
    gender: 'female',
    dateOfBirth: '1990-03-05',
    'address.firstName': 'Jane',
    'address.lastName': 'Kim',
    'address.address1': '123 Teheran-ro, Gangnam-gu',
    'address.address2': '4th floor',
    'address.city': 'Gangnam-gu',
    'address.state': 'Seoul',
    'address.state_ISOCode': 'KR-11',
    'address.country': 'KR',
    'address.postalCode': '06236',
    'address.phoneNumber': '010-1234-5678',
    'address.alias': 'Home',
    'address.isDefaultAddress': 'yes'
  }
}

const INTENT: Example = {
  ko: { name: '2024 여름 구매 의향 고객', task_name: '여름-시즌-태스크' },
  en: { name: 'Summer 2024 shoppers', task_name: 'summer-season-task' }
}

const EXAMPLES: Readonly<Record<TargetId, Example>> = {
  'products:create': PRODUCT,
  'products:update': PRODUCT,
  'products:delete': { ko: { id: '000123' }, en: { id: '000123' } },
  'customers:create': CUSTOMER,
  'intents:create': INTENT
}

/** Fields that together identify the example row (a warning, so a rare false match is harmless). */
const KEY_FIELDS: Readonly<Record<TargetId, readonly string[]>> = {
  'products:create': ['id', 'url'],
  'products:update': ['id', 'url'],
  'products:delete': ['id'],
  'customers:create': ['email'],
  'intents:create': ['name']
}

/** The template's example value of a field ('' when the example leaves it empty). */
export function exampleValue(target: TargetId, language: Language, field: string): string {
  const row = EXAMPLES[target][language]
  return Object.hasOwn(row, field) ? (row[field] ?? '') : ''
}

/**
 * True when a mapped row is the template's example row (in either language),
 * which staff sometimes forget to delete: validation can warn before it is
 * uploaded as a real product or customer.
 */
export function looksLikeTemplateExample(target: TargetId, row: MappedRow): boolean {
  return (['ko', 'en'] as const).some((lang) =>
    KEY_FIELDS[target].every((field) => row.values.get(field) === exampleValue(target, lang, field))
  )
}
