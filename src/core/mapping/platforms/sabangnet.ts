import type { PlatformFormat } from './types'

/**
 * 사방넷 상품등록 (the columns of Sabangnet's product registration, as a
 * program that turns such a sheet into Sabangnet's XML reads them).
 * 판매가 is what the customer pays, TAG가 the list (tag) price, 원가 and 원가2
 * the shop's cost. 자체상품코드 is the shop's own product code, which
 * Sabangnet requires; 모델NO is the model number, 모델명 its name. 상품구분,
 * 마이카테고리 ("A01>B02>…"), 시즌, 남녀구분, 세금구분 and the like hold
 * Sabangnet codes, not words; 대표이미지 is the image address Sabangnet
 * fetches.
 */
export const SABANGNET_PRODUCTS: PlatformFormat = {
  id: 'sabangnet-products',
  name: { ko: '사방넷 상품등록 엑셀', en: 'Sabangnet product registration sheet' },
  kind: 'products',
  target: 'products:create',
  signature: ['상품약어', '모델NO', '브랜드명', '자체상품코드', '사이트검색어', '마이카테고리', '매입처ID', '물류처ID', '원산지(제조국)', 'TAG가', '옵션제목(1)', '옵션상세명칭(1)', '종합몰(JPG)이미지', '부가이미지2', '추가상품그룹코드', '합포시 제외 여부', '속성분류코드', '원가2'],
  columns: {
    상품명: 'metadata.productName',
    상품약어: null,
    모델명: null,
    모델NO: 'metadata.productNumber',
    브랜드명: 'metadata.brand',
    자체상품코드: 'id',
    사이트검색어: 'metadata.tag',
    상품구분: null,
    마이카테고리: null,
    제조사: null,
    시즌: null,
    남녀구분: null,
    상품상태: null,
    배송비: null,
    원가: null,
    판매가: 'metadata.salesPrice',
    TAG가: 'metadata.originPrice',
    원가2: null,
    대표이미지: 'url',
    '종합몰(JPG)이미지': null,
    상품상세설명: null,
    '영문 상품명': null,
    '출력 상품명': null,
    관리자메모: null
  },
  source: '사방넷 상품등록 항목 (GopediaPro/sabangnet_API, utils/product_create_field_mapping_to_xml.py)'
}
