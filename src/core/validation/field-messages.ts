import type { LocalizedText } from '../../shared/text'
import type { FieldWords } from './field-words'
import { withParticle as p } from './korean-particle'

type Wording = (w: FieldWords) => LocalizedText

/**
 * The plain-language message, with the fix, for each problem one cell can
 * have. Codes from the services' checks (FieldIssue) and from the per-type
 * checks share this table; see CODE_ALIASES for codes worded alike.
 */
const FIELD_MESSAGES: Readonly<Record<string, Wording>> = {
  required: (w) => ({
    en: `${w.label.en} is empty — fill in ${w.column.en}`,
    ko: `${p(w.label.ko, '이/가')} 비어 있습니다 — ${p(w.column.ko, '을/를')} 채워 주세요`
  }),
  'not-a-number': (w) => ({
    en: `${w.label.en} must be a number — write digits only, e.g. 39000`,
    ko: `${w.label.ko}에는 숫자만 쓸 수 있습니다 — 39000처럼 숫자로 적어 주세요`
  }),
  'invalid-date': (w) => ({
    en: `${w.label.en} is not a date the app can read — write it like 2024-03-05`,
    ko: `${p(w.label.ko, '을/를')} 날짜로 읽을 수 없습니다 — 2024-03-05처럼 적어 주세요`
  }),
  'invalid-email': (w) => ({
    en: `${w.label.en} does not look like an email address — check it for typos, e.g. name@example.com`,
    ko: `${w.label.ko} 값이 이메일 주소 형식이 아닙니다 — name@example.com처럼 빠지거나 틀린 글자가 없는지 확인해 주세요`
  }),
  'invalid-url': (w) => ({
    en: `${w.label.en} must be a full web address — start it with https://`,
    ko: `${p(w.label.ko, '은/는')} 전체 인터넷 주소여야 합니다 — https://로 시작하게 적어 주세요`
  }),
  'too-long': (w) => ({
    en: `${w.label.en} is too long — shorten it to ${w.maxLength === undefined ? 'fewer' : `at most ${w.maxLength}`} characters`,
    ko: `${p(w.label.ko, '이/가')} 너무 깁니다 — ${w.maxLength === undefined ? '더 짧게' : `${w.maxLength}자 이하로`} 줄여 주세요`
  }),
  'invalid-characters': (w) => ({
    en: `${w.label.en} may use only English letters, digits and - . _ ~ — remove spaces, Korean and other symbols`,
    ko: `${w.label.ko}에는 영문, 숫자와 - . _ ~ 만 쓸 수 있습니다 — 띄어쓰기, 한글, 다른 기호를 지워 주세요`
  }),
  'not-allowed': (w) => ({
    en: `${w.label.en} has a value that isn't allowed — use ${w.several ? 'one or more of (comma separated)' : 'one of'}: ${w.allowed}`,
    ko: `${w.label.ko}에 쓸 수 없는 값입니다 — 다음 중 ${w.several ? '하나 이상을 쉼표로 구분해' : '하나를'} 쓰세요: ${w.allowed}`
  }),
  'invalid-gender': (w) => ({
    en: `${w.label.en} must be MALE, FEMALE or UNISEX — or MALE, FEMALE together for shared items; fix the value`,
    ko: `${p(w.label.ko, '은/는')} MALE, FEMALE, UNISEX 중 하나여야 합니다 (공용은 MALE, FEMALE 둘 다) — 값을 고쳐 주세요`
  }),
  'not-yes-no': (w) => ({
    en: `${w.label.en} must be yes or no — write yes or no (Y/N and 예/아니오 work too)`,
    ko: `${p(w.label.ko, '은/는')} 예 또는 아니오여야 합니다 — 예/아니오로 적어 주세요 (Y/N도 됩니다)`
  }),
  'invalid-value': (w) => ({
    en: `${w.label.en} has a value the service can't accept — check ${w.column.en}`,
    ko: `${w.label.ko} 값을 서비스가 받을 수 없습니다 — ${p(w.column.ko, '을/를')} 확인해 주세요`
  }),
  'nothing-to-update': (w) => ({
    en: `This row changes nothing — fill in at least one column besides ${w.label.en}`,
    ko: `바꿀 내용이 없습니다 — ${w.label.ko} 말고 바꿀 열을 하나 이상 채워 주세요`
  }),
  'invalid-property-name': (w) => ({
    en: `“${w.label.en}” can't be used as a custom property name — rename the column's key (letters, digits and _ only)`,
    ko: `“${w.label.ko}”라는 이름은 고객 속성 이름으로 쓸 수 없습니다 — 열의 키를 영문·숫자·_ 로 바꿔 주세요`
  })
}

/** Service check codes worded like a per-type code. */
const CODE_ALIASES: Readonly<Record<string, string>> = {
  'invalid-detection': 'not-allowed',
  'not-a-list': 'invalid-value',
  'not-an-object': 'invalid-value'
}

/** The issue code a check's code is reported under (service codes folded onto ours where they mean the same). */
export function issueCode(code: string): string {
  return Object.hasOwn(CODE_ALIASES, code) ? (CODE_ALIASES[code] ?? code) : code
}

/** The message for a cell problem; unknown codes get the generic "can't accept" wording. */
export function fieldMessage(code: string, words: FieldWords): LocalizedText {
  const wording = Object.hasOwn(FIELD_MESSAGES, code) ? FIELD_MESSAGES[code] : FIELD_MESSAGES['invalid-value']
  return wording === undefined ? { ko: code, en: code } : wording(words)
}
