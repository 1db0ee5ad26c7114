// Frozen from b1cea31:src/core/mapping/header-synonyms/customers.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
import type { HeaderVocabulary } from './types'

/** Column headers shop staff write for OCC customer profile fields (Korean and English). */
export const CUSTOMER_HEADERS: HeaderVocabulary = {
  synonyms: [
    ['email', ['이메일주소', '이메일 주소', '메일', '메일주소', 'E-mail', 'email address', 'mail']],
    ['firstName', ['고객 이름', '名', 'first name', 'given name', 'forename']],
    ['lastName', ['성씨', '姓', 'surname', 'family name']],
    ['password', ['비번', '패스워드', '초기 비밀번호', 'pw', 'pwd', 'initial password']],
    ['receiveEmail', ['수신동의', '수신 여부', '마케팅 수신', '마케팅 수신 동의', '마케팅 동의', '광고 수신 동의', '이메일 수신', '이메일 수신여부', '메일 수신', '메일수신동의', '뉴스레터', 'receive email', 'email opt in', 'newsletter', 'marketing consent', 'marketing email', 'opt in']],
    ['login', ['로그인', '로그인 아이디', '아이디', '회원아이디', '회원 ID', 'user id', 'username', 'login id', 'user name']],
    ['gender', ['성별', '남녀', 'sex']],
    ['dateOfBirth', ['생일', '출생일', '출생년월일', '생년월일(YYYY-MM-DD)', 'birthday', 'birth date', 'birthdate', 'DOB']],
    ['address.firstName', ['받는분 이름', '받는 사람 이름', '수취인 이름', 'recipient first name', 'ship to first name']],
    ['address.lastName', ['받는분 성', '받는 사람 성', '수취인 성', 'recipient last name', 'ship to last name']],
    ['address.address1', ['주소', '주소1', '기본주소', '주소(기본)', '배송지', '배송지 주소', '배송주소', '도로명주소', '도로명 주소', '지번주소', 'address', 'address1', 'address line1', 'street', 'street address']],
    ['address.address2', ['주소2', '상세주소', '주소(상세)', 'street address 2', '나머지주소', '나머지 주소', 'address2', 'address line2']],
    ['address.address3', ['주소3', 'address3', 'address line3']],
    ['address.city', ['시군구', '시/군/구', '도시', '구', 'city', 'town', 'district']],
    ['address.county', ['county']],
    ['address.state', ['시도', '시/도', '광역시도', '주', 'state', 'province', 'region']],
    ['address.state_ISOCode', ['시도코드', '시/도 ISO 코드', 'state code', 'state iso code', 'region code']],
    ['address.country', ['나라', '국가코드', 'country', 'country code']],
    ['address.postalCode', ['우편 번호', '우편', 'zip', 'postal', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code']],
    ['address.phoneNumber', ['휴대폰', '휴대폰번호', '휴대폰 번호', '휴대전화', '휴대전화번호', '핸드폰', '핸드폰번호', '연락처', '전화', '전화 번호', 'phone', 'phone number', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cellphone', 'tel', 'telephone', 'contact']],
    ['address.companyName', ['회사', '상호', '직장명', '회사 이름', 'company', 'company name']],
    ['address.alias', ['배송지명', '주소 별칭', '배송지 별칭', 'alias', 'address name', 'address nickname']],
    ['address.isDefaultAddress', ['기본배송지', '기본 배송지 여부', '기본주소여부', 'default address', 'is default', 'is default address']]
  ],
  notFields: ['성명', '이름(전체)', 'full name', 'name', '고객명', '회원명', '닉네임', 'nickname', '회원등급', '등급', 'grade', 'member grade', '가입일', '적립금', 'points', 'SMS 수신동의', 'SMS 수신여부', 'SMS 수신', '문자수신', '문자 수신 동의', 'sms opt in', '비밀번호 확인', 'password confirm', '메모', '비고', 'note', 'notes']
}
