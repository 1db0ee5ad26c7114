import type { PlatformFormat } from './types'

/**
 * 네이버 스마트스토어 상품 일괄등록 (ExcelSaveTemplate). Row 1 holds group
 * titles, row 2 the headers, row 3 필수/비필수 marks, then guide rows. 판매가
 * is what the customer pays; the sheet has no list price. 판매자 상품코드 is
 * the seller's own code; 카테고리코드 and 원산지코드 are Naver codes;
 * 대표이미지 is the main image's URL. 즉시할인 값 is an amount or a percent
 * (see its unit column), not a price.
 */
export const SMARTSTORE_PRODUCTS: PlatformFormat = {
  id: 'smartstore-products',
  name: { ko: '스마트스토어 상품 일괄등록', en: 'Naver SmartStore bulk product sheet' },
  kind: 'products',
  target: 'products:create',
  signature: ['판매자 상품코드', '카테고리코드', '옵션형태', '직접입력 옵션', '추가상품값', '원산지코드', '복수원산지여부', '원산지 직접입력', '미성년자 구매', '배송비 템플릿코드', '택배사코드', '상품정보제공고시 템플릿코드', 'A/S 템플릿코드', '판매자특이사항', '판매자바코드', '구매평 노출여부'],
  columns: {
    '판매자 상품코드': 'id',
    카테고리코드: null,
    상품명: 'metadata.productName',
    판매가: 'metadata.salesPrice',
    옵션가: null,
    추가상품가: null,
    대표이미지: 'url',
    추가이미지: null,
    브랜드: 'metadata.brand',
    제조사: null,
    원산지코드: null,
    '상품정보제공고시\n품명': null,
    '상품정보제공고시\n모델명': null,
    '상품정보제공고시\n제조자': null,
    '즉시할인 값\n(기본할인)': null,
    '모바일\n즉시할인 값': null,
    판매자바코드: null
  },
  source: '스마트스토어센터 > 상품관리 > 상품 일괄등록 엑셀 양식 (ExcelSaveTemplate)'
}
