import type { HeaderVocabulary } from './types'

/**
 * Column headers shop staff write for OMNICOMMERCE product fields. Used by all
 * three product targets (fields a target lacks are skipped). Compared after
 * normalisation, so case, spaces and punctuation don't matter here.
 */
export const PRODUCT_HEADERS: HeaderVocabulary = {
  synonyms: [
    ['id', ['판매자상품코드', '판매자 상품코드', 'reference', 'reference code', 'product code/sku', 'variant sku', '상품코드', '상품번호', '상품 ID', '상품아이디', '제품코드', '품목코드', '자체상품코드', '관리코드', '코드', 'product id', 'product code', 'item code', 'item id', 'SKU', 'SKU code', 'code']],
    ['url', ['image src', 'images', 'image urls', 'hosted image urls', 'product image url', '기본이미지', '이미지', '이미지URL', '이미지 주소', '이미지 링크', '대표이미지', '대표 이미지', '메인이미지', '상품이미지', '상품 이미지 URL', '썸네일', 'image', 'image link', 'main image', 'main image url', 'product image', 'picture', 'photo', 'img', 'img url', 'thumbnail']],
    ['detection', ['분류', '품목', '상품분류', '상품종류', '상품 종류', '종류', '카테고리명', '아이템 종류', 'detection', 'type', 'item type', 'product type', 'category name']],
    ['salesUrl', ['상품URL', '상품링크', '상품 페이지', '상품페이지 주소', '판매URL', '판매페이지', '판매 링크', '상세페이지', '상세페이지URL', '상품상세URL', '링크', 'product url', 'product link', 'product page', 'sales url', 'page url', 'link', 'landing url']],
    ['mobileSalesUrl', ['모바일URL', '모바일 링크', '모바일 상품 URL', '모바일 상품 페이지', '모바일페이지', '모바일 상세페이지', 'mobile url', 'mobile link', 'mobile page', 'mobile product url', 'm url']],
    ['metadata.productName', ['상품명', '제품명', '상품 이름', '품명', '상품이름', '제품 이름', 'product name', 'name', 'title', 'product title', 'item name']],
    ['metadata.brand', ['vendor', '브랜드명', '브랜드 이름', 'brand name']],
    ['metadata.productNumber', ['스타일번호', '스타일 넘버', '모델번호', '모델NO', '모델 넘버', '모델명', 'style number', 'style no', 'model number', 'product number']],
    ['metadata.season', ['계절', 'seasons']],
    ['metadata.gender', ['성별구분', '남녀구분', '남녀', 'sex']],
    ['metadata.discountPercent', ['할인률', '할인 퍼센트', '할인%', 'discount rate', 'discount percent', 'discount %', 'discount']],
    ['metadata.discountPrice', ['special price', '할인가격', '할인 판매가', '세일가', '세일가격', '할인금액', 'discount price', 'discounted price']],
    ['metadata.salesPrice', ['variant price', 'price tax excluded', '판매가격', '판매 가격', '가격', '실판매가', '판매금액', 'sale price', 'sales price', 'selling price', 'price']],
    ['metadata.mobilePrice', ['모바일가', '모바일 가격', '모바일판매가격', 'mobile price']],
    ['metadata.originPrice', ['compare at price', 'compare-at price', 'variant compare at price', 'msrp price', '소비자가', '소비자가격', '정상가', '정상가격', '정가', '시중가', '권장소비자가', 'TAG가', '택가', '택가격', 'tag price', 'list price', 'original price', 'origin price', 'regular price', 'retail price', 'MSRP']],
    ['metadata.memberPrice', ['회원가격', '회원 판매가', '멤버가', 'member price']],
    ['metadata.currency', ['화폐', '통화단위', '통화코드', 'currency code']],
    ['metadata.reviewScore', ['평점', '별점', '리뷰평점', '리뷰 점수', 'rating', 'review rating']],
    ['metadata.reviewCount', ['리뷰수', '리뷰 개수', '후기수', '후기 개수', '상품평수', 'reviews', 'number of reviews']],
    ['metadata.montlyPurchase', ['월구매수', '월 구매량', '월간 구매수', '월 판매량', 'monthly purchase', 'monthly purchases', 'monthly sales']],
    ['metadata.views', ['조회', '월 조회수', '조회 수', 'view count', 'page views']],
    ['metadata.cumulativeSales', ['누적판매', '누적 판매수', '누적판매량', '총판매량', '총 판매수', 'cumulative sales', 'sales count']],
    ['metadata.likeCount', ['좋아요', '좋아요수', '찜', '찜수', '관심수', 'likes', 'like count', 'wishlist count']],
    ['metadata.color', ['컬러', '색깔', '색', 'colour', 'colors', 'colours']],
    ['metadata.size', ['크기', '치수', 'sizes']],
    ['metadata.tag', ['검색어', '검색어설정', '사이트검색어', '검색 키워드', 'search keywords', 'search words', '해시태그', '키워드', 'tag', 'keywords', 'hashtags']],
    ['metadata.branceOffice', ['지점명', '매장', '매장명', 'branch', 'store', 'shop']],
    ['metadata.furnishChannel', ['공급채널', '판매채널', '판매 채널', '유통채널', '채널', 'channel', 'sales channel', 'furnish channel']],
    ['metadata.tip', ['팁', '스타일링 팁', '코디 팁', 'tip', 'styling tip']]
  ],
  notFields: ['상품설명', '상세설명', '상품상세설명', '상품 상세', '설명', '상품 요약', 'description', 'product description', '상세이미지', '추가이미지', '서브이미지', '이미지2', 'detail image', 'additional image', '재고', '재고수량', '수량', 'stock', 'quantity', 'qty', '원가', '매입가', '공급가', 'cost', 'cost price', 'cost per item', 'supply price', 'wholesale price', 'unit price', 'map price', '상품가', 'meta keywords', 'seo keywords', '배송비', 'shipping fee', '옵션', '옵션명', 'option', '무게', 'weight', '소재', 'material', '원산지', 'origin', '제조사', 'manufacturer', '등록일', '수정일', '판매상태', '진열상태', 'status', '메모', '비고', 'note', 'notes']
}
