import type { LocalizedText } from '../text'
import type { FieldType } from './types'

/** Each field type in plain words, for the template's field guide and the mapping screen. */
export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, LocalizedText>> = {
  text: { ko: '글자', en: 'Text' },
  id: { ko: '코드 (영문·숫자·- . _ ~ 만)', en: 'Code (letters, digits and - . _ ~ only)' },
  url: { ko: '인터넷 주소 (https://…)', en: 'Web address (https://…)' },
  number: { ko: '숫자', en: 'Number' },
  date: { ko: '날짜 (예: 2024-03-05)', en: 'Date (e.g. 2024-03-05)' },
  email: { ko: '이메일 주소', en: 'Email address' },
  password: { ko: '비밀번호 (보고서에 남지 않음)', en: 'Password (never shown in reports)' },
  enum: { ko: '아래 값 중 하나', en: 'One of the values listed' },
  enumList: { ko: '아래 값 중 하나 이상 (쉼표로 구분)', en: 'One or more of the values listed, comma separated' },
  textList: { ko: '여러 값 (쉼표로 구분)', en: 'Several values, comma separated' },
  yesNo: { ko: '예 / 아니오', en: 'Yes / no' },
  boolean: { ko: '예 / 아니오', en: 'Yes / no' }
}
