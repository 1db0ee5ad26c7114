import type { PlatformFormat } from './types'

/**
 * 쿠팡 윙 상품 일괄등록 (sellertool_upload, 엑셀 V4.x). Row 1 holds group
 * titles, row 2 the headers, row 3 필수/선택 marks and row 4 the guide; goods
 * start on row 5. 판매가격 is what the customer pays; 할인율기준가 is the
 * price the discount rate is shown against (the list price). 등록상품명 is the
 * seller's name for the product (Coupang shows its own 노출상품명). 업체상품코드
 * is the seller's own code. 카테고리 is "[code] path"; images are uploaded
 * through the sheet's macro, so the image cells hold upload notes, not URLs.
 */
export const COUPANG_PRODUCTS: PlatformFormat = {
  id: 'coupang-products',
  name: { ko: '쿠팡 윙 상품 일괄등록', en: 'Coupang Wing bulk product sheet' },
  kind: 'products',
  target: 'products:create',
  signature: ['등록상품명', '판매시작일', '판매종료일', '상태설명', '판매가격', '판매대행수수료', '할인율기준가', '출고리드타임', '인당최대구매수량', '최대구매수량기간(일)', '성인상품(19)', '병행수입여부', '해외구매대행', '업체상품코드', '상품고시정보 카테고리', '대표(옵션)이미지', '대표이미지(직사각형)'],
  columns: {
    카테고리: null,
    등록상품명: 'metadata.productName',
    브랜드: 'metadata.brand',
    제조사: null,
    검색어: 'metadata.tag',
    판매가격: 'metadata.salesPrice',
    판매대행수수료: null,
    할인율기준가: 'metadata.originPrice',
    업체상품코드: 'id',
    모델번호: 'metadata.productNumber',
    바코드: null,
    '대표(옵션)이미지': null,
    '대표이미지(직사각형)': null,
    추가이미지: null,
    '상태이미지(중고상품)': null,
    '상세 설명': null,
    상품상태: null
  },
  source: '쿠팡 윙 > 상품관리 > 상품 일괄등록 엑셀 (3행 입력방법, 4행 안내)'
}
