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
  },
  {
    // Naver SmartStore 상품 일괄등록 (column list from code): group titles, headers, 필수 marks; no data rows.
    file: 'naver-smartstore/products-bulk-from-code.csv',
    target: 'products:create',
    headerRow: 1,
    dataFrom: null,
    format: 'smartstore-products',
    fields: {
      '판매자 상품코드': 'id',
      상품명: 'metadata.productName',
      판매가: 'metadata.salesPrice',
      대표이미지: 'url',
      브랜드: 'metadata.brand'
    }
    // 카테고리코드/원산지코드/택배사코드 are Naver codes; 옵션가/추가상품가 are option surcharges; 즉시할인 값 is an amount or
    // percent; 상품정보제공고시 품명/모델명/제조자 fill the legal notice, not the product; 판매자바코드 is a barcode.
  },
  {
    // Coupang Wing 상품 일괄등록 V4.6, sheet "2. 식품": group titles, headers, 필수/선택 marks, a guide row, then Coupang's example rows.
    file: 'coupang-wing/products-bulk-template.csv',
    target: 'products:create',
    headerRow: 1,
    dataFrom: 4,
    format: 'coupang-products',
    fields: {
      등록상품명: 'metadata.productName',
      브랜드: 'metadata.brand',
      검색어: 'metadata.tag',
      판매가격: 'metadata.salesPrice',
      할인율기준가: 'metadata.originPrice',
      업체상품코드: 'id',
      모델번호: 'metadata.productNumber'
    }
    // 카테고리 is "[105790] 식품>…" (code and path); 제조사 is the maker, not the brand; 판매대행수수료 is Coupang's fee;
    // 대표(옵션)이미지 and the other image cells hold upload notes, not URLs; 바코드 is a barcode.
  },
  {
    // 사방넷 상품등록 columns (from code that turns the sheet into Sabangnet's XML; no data rows).
    file: 'sabangnet/products-registration-from-code.csv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: null,
    format: 'sabangnet-products',
    fields: {
      상품명: 'metadata.productName',
      모델NO: 'metadata.productNumber',
      브랜드명: 'metadata.brand',
      자체상품코드: 'id',
      사이트검색어: 'metadata.tag',
      판매가: 'metadata.salesPrice',
      TAG가: 'metadata.originPrice',
      대표이미지: 'url'
    }
    // 원가/원가2 are the shop's cost; 모델명 is the model's name (모델NO its number); 상품구분, 마이카테고리, 시즌, 남녀구분
    // and 세금구분 hold Sabangnet codes; 종합몰(JPG)이미지 and 부가이미지n are further images; 출력/영문 상품명 are variants.
  },
  {
    // 네이버 쇼핑 EP 3.0 field names (from code; tab-separated, no data rows).
    file: 'naver-shopping-ep/products-ep-full-from-code.tsv',
    target: 'products:create',
    headerRow: 0,
    dataFrom: null,
    format: 'naver-ep-products',
    fields: {
      id: 'id',
      title: 'metadata.productName',
      price_pc: 'metadata.salesPrice',
      price_mobile: 'metadata.mobilePrice',
      normal_price: 'metadata.originPrice',
      link: 'salesUrl',
      mobile_link: 'mobileSalesUrl',
      image_link: 'url',
      model_number: 'metadata.productNumber',
      brand: 'metadata.brand',
      search_tag: 'metadata.tag',
      review_count: 'metadata.reviewCount',
      gender: 'metadata.gender'
    },
    unscored: { category_name1: 'the shop’s own top category words: detection only when they are clothing or accessory words, and there are no rows to tell' }
    // naver_category / naver_product_id are Naver ids; add_image_link lists extra images; maker is the maker; shipping is a fee.
  }
]
