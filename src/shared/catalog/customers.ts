import type { FieldDef, TargetCatalog } from './types'

/*
 * OCC createProfile (seed 002, contracts §2.2). One shipping address per row,
 * flattened into `address.<key>` columns; the request builder turns them into
 * a one-element `shippingAddresses` array. Dynamic properties are extra
 * columns under `dynamic.<key>`, sent as top-level keys.
 */

const text = (name: string, ko: string, en: string, helpKo: string, helpEn: string): FieldDef => ({
  name,
  label: { ko, en },
  required: false,
  type: 'text',
  help: { ko: helpKo, en: helpEn }
})

const ADDRESS_HINT = { ko: ' (배송지)', en: ' (shipping address)' }

const addr = (key: string, ko: string, en: string, helpKo: string, helpEn: string): FieldDef =>
  text(`address.${key}`, ko, en, helpKo + ADDRESS_HINT.ko, helpEn + ADDRESS_HINT.en)

const PROFILE_FIELDS: readonly FieldDef[] = [
  {
    name: 'email',
    label: { ko: '이메일', en: 'Email' },
    required: true,
    type: 'email',
    help: {
      ko: '고객 이메일 주소입니다. 이미 가입된 이메일이면 등록되지 않습니다.',
      en: "The customer's email address. A profile that already exists with this email is not created again."
    }
  },
  text('firstName', '이름', 'First name', '고객 이름입니다 (성 제외, 예: 길동). 꼭 필요합니다.', "The customer's given name (e.g. Jane). Required."),
  text('lastName', '성', 'Last name', '고객 성입니다 (예: 홍). 꼭 필요합니다.', "The customer's family name (e.g. Kim). Required."),
  { ...text(
    'fullName',
    '성명 (성+이름 한 칸)',
    'Full name (family and given in one cell)',
    '성과 이름이 한 칸에 있을 때 고릅니다 (예: 홍길동). 첫 글자를 성, 나머지를 이름으로 나눠 넣습니다. 남궁·황보·제갈·선우·독고 같은 두 글자 성도 압니다. 미리보기에서 나뉜 결과를 확인하세요.',
    'Choose this when the family and given name share one cell (e.g. 홍길동). Korean names are split family name first, two-syllable family names such as 남궁 or 황보 included; "Jane Kim" becomes Kim + Jane. Check the split in the preview.'
  ), fills: ['lastName', 'firstName'] },
  {
    name: 'password',
    label: { ko: '비밀번호', en: 'Password' },
    required: false,
    type: 'password',
    secret: true,
    help: {
      ko: '처음 비밀번호입니다. 비워 두면 앱이 안전한 비밀번호를 만들어 넣습니다. 보고서와 기록에는 절대 남지 않습니다.',
      en: 'Initial password. Leave it empty and the app creates a strong one. Never written to reports or logs.'
    }
  },
  {
    name: 'receiveEmail',
    label: { ko: '이메일 수신 동의', en: 'Receive marketing email' },
    required: true,
    type: 'yesNo',
    help: {
      ko: '마케팅 이메일을 받는 데 동의했는지: 예 또는 아니오 (Y/N, 동의/미동의도 됩니다). 열이 없으면 모두 "아니오"로 보냅니다.',
      en: 'Whether the customer agreed to marketing email: yes or no (Y/N works too). Without a column every row is sent as "no".'
    }
  },
  text(
    'login',
    '로그인 ID',
    'Login',
    '로그인할 때 쓰는 아이디입니다. 비워 두면 이메일이 아이디가 됩니다.',
    'The username for signing in. Left empty, the email is used.'
  ),
  {
    name: 'gender',
    label: { ko: '성별', en: 'Gender' },
    required: false,
    type: 'enum',
    allowed: ['male', 'female'],
    help: {
      ko: 'male(남성) 또는 female(여성). "남", "여성"처럼 적어도 됩니다.',
      en: 'male or female. Words like "M" or "woman" work too.'
    }
  },
  {
    name: 'dateOfBirth',
    label: { ko: '생년월일', en: 'Date of birth' },
    required: false,
    type: 'date',
    help: {
      ko: '태어난 날입니다. 2024-03-05, 2024.3.5, 2024년 3월 5일처럼 적으면 됩니다.',
      en: 'Birthday, e.g. 2024-03-05 or March 5, 2024. 3/5/2024 is read month first.'
    }
  },
  addr('firstName', '수령인 이름', 'Recipient first name', '받는 분의 이름입니다', "Recipient's given name"),
  addr('lastName', '수령인 성', 'Recipient last name', '받는 분의 성입니다', "Recipient's family name"),
  addr('address1', '기본 주소', 'Address line 1', '도로명 주소 등 기본 주소입니다', 'Street address'),
  addr('address2', '상세 주소', 'Address line 2', '동·호수 등 나머지 주소입니다', 'Apartment, suite, floor'),
  addr('address3', '추가 주소', 'Address line 3', '더 필요한 주소 줄입니다', 'Any further address line'),
  addr('city', '시/군/구', 'City', '시·군·구입니다 (예: 강남구)', 'City or district'),
  addr('county', '카운티', 'County', '카운티입니다. 한국 주소에는 보통 비워 둡니다', 'County; usually empty for Korean addresses'),
  addr('state', '시/도', 'State / province', '시·도입니다 (예: 서울특별시)', 'State or province (e.g. Seoul)'),
  addr('state_ISOCode', '시/도 코드', 'State ISO code', '시·도의 ISO 코드입니다 (예: 서울 KR-11)', 'ISO code of the state (e.g. KR-11 for Seoul)'),
  addr('country', '국가', 'Country', '국가입니다. 보통 두 글자 코드 (한국 KR, 미국 US)', 'Country, usually the two-letter code (KR, US)'),
  addr(
    'postalCode',
    '우편번호',
    'Postal code',
    '우편번호입니다. 앞자리 0이 지워지지 않게 그대로 둡니다 (예: 06236)',
    'Postal code, kept exactly as written so leading zeros stay (e.g. 06236)'
  ),
  addr('phoneNumber', '전화번호', 'Phone number', '연락받을 전화번호입니다 (예: 010-1234-5678)', 'Contact phone number'),
  addr('companyName', '회사명', 'Company', '회사 이름입니다', 'Company name'),
  addr('alias', '배송지 이름', 'Address nickname', '배송지를 구분하는 이름입니다 (예: 집, 회사)', 'A name for this address (e.g. Home, Work)'),
  {
    name: 'address.isDefaultAddress',
    label: { ko: '기본 배송지', en: 'Default address' },
    required: false,
    type: 'boolean',
    help: {
      ko: '이 주소를 기본 배송지로 할지: 예 또는 아니오 (배송지)',
      en: 'Whether this is the default shipping address: yes or no (shipping address)'
    }
  }
]

/** OCC createProfile: email, firstName, lastName and receiveEmail are required (seed 002). */
export const CUSTOMERS_CREATE_CATALOG: TargetCatalog = {
  target: 'customers:create',
  service: 'occ',
  label: { ko: '고객 등록', en: 'Create customers' },
  fields: PROFILE_FIELDS.map((f) =>
    ['email', 'firstName', 'lastName', 'receiveEmail'].includes(f.name) ? { ...f, required: true } : f
  ),
  extras: 'dynamicProperties'
}
