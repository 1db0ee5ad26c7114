import type { FixtureExpectation } from './types'

/**
 * Korean platforms. Prices: 판매가 is what the customer pays (salesPrice),
 * 소비자가/정가 the list price (originPrice), 공급가/매입가 the shop's cost
 * (nothing). Category numbers and codes are not `detection` values.
 */
export const KOREAN_EXPECTATIONS: readonly FixtureExpectation[] = [
  {
    // Cafe24 상품 엑셀: 상품코드 is Cafe24's own product code (P0000…), always filled; 자체 상품코드 is optional.
    file: 'cafe24/products-export.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'cafe24-products',
    fields: {
      상품코드: 'id',
      상품명: 'metadata.productName',
      모델명: 'metadata.productNumber',
      검색어설정: 'metadata.tag',
      소비자가: 'metadata.originPrice',
      판매가: 'metadata.salesPrice'
    }
    // 공급가 (supply price) and 상품가 (price before VAT) are not prices charged; 이미지등록(…) are relative paths;
    // 브랜드/제조사/공급사/트렌드 hold codes (B0000000), not names; 상품분류 번호 holds category numbers.
  },
  {
    // ESM Plus NEW 일반상품: header on row 4, then a 필수/비필수 row and a description row, then the example row.
    file: 'esm-gmarket-auction/products-template.csv',
    target: 'products:create',
    headerRow: 3,
    dataFrom: 6,
    format: 'esm-products',
    fields: {
      상품명: 'metadata.productName',
      'A 판매가': 'metadata.salesPrice',
      기본이미지: 'url'
    },
    unscored: { 'G 판매가': 'the G마켓 price; the template has one price per site and either could be the one sent' }
    // A/G 할인가 are a discount amount or percent depending on 할인유형, not a price; 카테고리 코드 / 노출코드 are codes.
  },
  {
    // Godomall 5 상품 엑셀 업로드: row 2 holds field codes and row 3 notes; there are no data rows.
    file: 'godomall/products-template.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: null,
    format: 'godomall-products',
    fields: {
      상품번호: 'id',
      상품명_기본: 'metadata.productName',
      '검색 키워드': 'metadata.tag',
      모델번호: 'metadata.productNumber',
      판매가: 'metadata.salesPrice',
      정가: 'metadata.originPrice'
    },
    unscored: {
      검색태그: 'Naver Shopping tags (naver_tag): tags too, but 검색 키워드 is the shop’s own',
      주요사용성별: 'naver_gender holds m/w/c codes; the meaning is gender but w and c need a value map'
    }
    // 매입가 is the cost price; 카테고리 코드 / 브랜드 코드 are codes; 상품 대표색상 is a hex colour code; 상품 할인가 is an amount or percent.
  },
  {
    // 11st 대량등록 field names (from 11st's code; no data rows). 카테고리 is 11st's category number.
    file: '11st/products-bulk-fieldnames-from-code.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: null,
    format: '11st-products',
    fields: {
      상품명: 'metadata.productName',
      판매자상품코드: 'id',
      대표이미지: 'url',
      판매가: 'metadata.salesPrice',
      모델명: 'metadata.productNumber',
      브랜드: 'metadata.brand'
    }
    // 구입당시판매가 is the price a used item was bought for; 추가이미지1…3 are extra images.
  }
]
