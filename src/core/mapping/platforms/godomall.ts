import type { PlatformFormat } from './types'

/**
 * 고도몰5 상품 엑셀 업로드 (first header row: Korean titles). 판매가 is
 * what the customer pays, 정가 the list price, 매입가 the purchase (cost)
 * price. 상품번호 is Godomall's own 10-digit product number. 카테고리/브랜드
 * 코드 and 상품 대표색상 (a hex colour) are codes; 상품 할인가 is an amount
 * or a percent (see its unit column).
 */
export const GODOMALL_PRODUCTS: PlatformFormat = {
  id: 'godomall-products',
  name: { ko: '고도몰 상품 엑셀', en: 'Godomall product sheet' },
  kind: 'products',
  target: 'products:create',
  signature: ['상품명_기본', '상품명_메인', '상품명_리스트', '상품명_상세', '상품명_제휴', '매입처 상품명', '상품 개별 마일리지', '상품 할인가 단위', '매입가', '옵션매입가격', '이미지 저장소', 'PC쇼핑몰 상세 설명', '모바일쇼핑몰 상세 설명'],
  columns: {
    상품번호: 'id',
    자체상품코드: null,
    상품명_기본: 'metadata.productName',
    '검색 키워드': 'metadata.tag',
    검색태그: null,
    모델번호: 'metadata.productNumber',
    '카테고리 코드': null,
    '브랜드 코드': null,
    '상품 대표색상': null,
    '상품 할인가': null,
    판매가: 'metadata.salesPrice',
    정가: 'metadata.originPrice',
    매입가: null,
    옵션가격: null,
    '이미지 경로': null,
    이미지명: null,
    타이틀: null,
    주요사용성별: null
  },
  source: '고도몰5 관리자 > 상품 엑셀 업로드 항목 설명'
}

/**
 * 고도몰5 회원 엑셀 (upload sample and download): row 1 Korean titles, row 2
 * field codes (mem_id …), row 3 format notes, members from row 4. 이름 is the
 * full name; 비밀번호 is a plain password on upload, 비밀번호(암호화문자) a hash.
 * 성별 is m/w, flags are y/n. 회원 번호 is Godomall's own number.
 */
export const GODOMALL_MEMBERS: PlatformFormat = {
  id: 'godomall-members',
  name: { ko: '고도몰 회원 엑셀', en: 'Godomall member sheet' },
  kind: 'customers',
  target: 'customers:create',
  signature: ['회원 번호', '등급(번호)', '비밀번호(암호화문자)', '가입승인', '양력,음력', '사업장우편번호', '사업장주소', '메일수신동의', 'SMS수신동의', '결혼기념일', '재가입여부', '최종로그인IP', '추천인아이디등록여부', '휴면회원여부'],
  columns: {
    '회원 번호': null,
    아이디: 'login',
    이름: 'fullName',
    닉네임: null,
    비밀번호: 'password',
    '비밀번호(암호화문자)': null,
    성별: 'gender',
    생일: 'dateOfBirth',
    이메일: 'email',
    우편번호: 'address.postalCode',
    주소: 'address.address1',
    상세주소: 'address.address2',
    휴대폰: 'address.phoneNumber',
    사업장우편번호: null,
    사업장주소: null,
    사업장상세주소: null,
    메일수신동의: 'receiveEmail',
    SMS수신동의: null,
    추천인ID: null
  },
  source: '고도몰5 관리자 > 회원 > 회원 엑셀 업로드 (샘플 파일 항목 설명)'
}
