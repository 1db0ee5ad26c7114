import type { PlatformFormat } from './types'

/**
 * ESM Plus (G마켓·옥션) 상품 일괄등록 "NEW 일반상품". Prices are per site
 * (A = 옥션, G = G마켓); the 옥션 price is taken, the G마켓 one left for the
 * person to choose. 할인가 is an amount or a percent (see 할인유형), not a
 * price. 기본이미지 is a full image URL.
 */
export const ESM_PRODUCTS: PlatformFormat = {
  id: 'esm-products',
  name: { ko: 'ESM(G마켓·옥션) 상품 일괄등록', en: 'ESM (Gmarket/Auction) bulk upload' },
  kind: 'products',
  target: 'products:create',
  signature: ['노출 사이트', 'A ID', 'G ID', 'A프로모션 문구', 'G프로모션 문구', '카테고리 템플릿 코드', 'A 노출코드', 'G 노출코드', 'A 판매가', 'G 판매가', 'A 할인유형', 'G 할인유형', 'A 재고', 'G 재고', '기본이미지'],
  columns: {
    상품명: 'metadata.productName',
    'A 판매가': 'metadata.salesPrice',
    'G 판매가': null,
    'A 할인가': null,
    'G 할인가': null,
    기본이미지: 'url',
    추가이미지: null,
    '카테고리 코드': null,
    '상품군 코드': null,
    'A ID': null,
    'G ID': null
  },
  source: 'ESM Plus 상품일괄등록 양식 (NEW 2.0) 안내 행'
}
