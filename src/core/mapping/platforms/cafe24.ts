import type { PlatformFormat } from './types'

/**
 * Cafe24 상품 엑셀 (download / 일괄등록). Cafe24 help: 판매가 is what the
 * customer pays, 소비자가 the consumer list price, 공급가 the supply (cost)
 * price and 상품가 the price before VAT. Brand, maker and supplier columns
 * hold Cafe24 codes (B0000000), not names; images are paths on the shop's
 * own image host (20250730/….jpg).
 */
export const CAFE24_PRODUCTS: PlatformFormat = {
  id: 'cafe24-products',
  name: { ko: '카페24 상품 엑셀', en: 'Cafe24 product export' },
  kind: 'products',
  target: 'products:create',
  signature: ['상품코드', '자체 상품코드', '진열상태', '판매상태', '상품분류 번호', '상품명(관리용)', '공급사 상품명', '소비자가', '공급가', '상품가', '판매가 대체문구 사용', '이미지등록(상세)', '이미지등록(목록)', '상품결제안내'],
  columns: {
    상품코드: 'id',
    '자체 상품코드': null,
    상품명: 'metadata.productName',
    '영문 상품명': null,
    '상품명(관리용)': null,
    '공급사 상품명': null,
    모델명: 'metadata.productNumber',
    검색어설정: 'metadata.tag',
    소비자가: 'metadata.originPrice',
    공급가: null,
    상품가: null,
    판매가: 'metadata.salesPrice',
    '상품분류 번호': null,
    '이미지등록(상세)': null,
    '이미지등록(목록)': null,
    '이미지등록(작은목록)': null,
    '이미지등록(축소)': null,
    제조사: null,
    공급사: null,
    브랜드: null,
    트렌드: null,
    '자체분류 코드': null,
    '색상 설정': null,
    '검색엔진최적화(SEO) Keywords': null
  },
  source: 'https://support.cafe24.com (상품 엑셀 업로드 항목 안내)'
}
