import type { PlatformFormat } from './types'

/**
 * 11번가 상품 대량등록. 카테고리 is 11번가's category number; 구입당시판매가
 * is what a used item was bought for; 대표이미지 is the main image URL.
 */
export const ELEVENST_PRODUCTS: PlatformFormat = {
  id: '11st-products',
  name: { ko: '11번가 상품 대량등록', en: '11st bulk product sheet' },
  kind: 'products',
  target: 'products:create',
  signature: ['판매방식', '사용개월수', '구입당시판매가', '외관기능상특이사항', '상품홍보문구', '판매자상품코드', '부가세면세상품', '해외구매대행상품', '미성년자구매가능', '상품리뷰구매후기', '기본즉시할인', 'OK캐쉬백지급', '전세계배송이용여부'],
  columns: {
    카테고리: null,
    상품명: 'metadata.productName',
    판매자상품코드: 'id',
    대표이미지: 'url',
    판매가: 'metadata.salesPrice',
    구입당시판매가: null,
    모델명: 'metadata.productNumber',
    모델코드: null,
    브랜드: 'metadata.brand',
    옵션가격: null
  },
  source: '11번가 상품 대량등록 양식 (ProductBulkExcelDef)'
}
