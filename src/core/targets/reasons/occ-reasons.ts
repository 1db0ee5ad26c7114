import type { ReasonTexts } from './types'

const REFUSED_DETAILS = {
  en: 'Commerce Cloud refused this customer’s details — check the values in this row',
  ko: 'Commerce Cloud가 이 고객 정보를 받지 않았습니다 — 이 행의 값을 확인해 주세요'
}

/**
 * Oracle Commerce Cloud answers (§2.3), keyed by the reason the OCC client
 * derives from the error code (OCC_ERROR_REASONS: 22003 → email-empty …).
 */
export const OCC_REASON_TEXTS: ReasonTexts = {
  'email-empty': {
    en: 'Email is empty — fill in the email column',
    ko: '이메일이 비어 있습니다 — 이메일 열을 채워 주세요'
  },
  'password-empty': {
    en: 'Password is empty — fill in the password, or leave the cell empty so the app makes one',
    ko: '비밀번호가 비어 있습니다 — 비밀번호를 적거나, 칸을 비워 두면 앱이 만들어 넣습니다'
  },
  'not-a-string': {
    en: 'A value was sent in the wrong form (it must be text) — check this row for unusual values',
    ko: '값의 형식이 맞지 않습니다 (글자여야 합니다) — 이 행에 이상한 값이 없는지 확인해 주세요'
  },
  internal: {
    en: 'Commerce Cloud had an internal problem creating this customer — try again later',
    ko: 'Commerce Cloud 내부 문제로 고객을 만들지 못했습니다 — 잠시 후 다시 보내 주세요'
  },
  'email-taken': {
    en: 'This email already has an account — remove the row or use a different email',
    ko: '이미 가입된 이메일입니다 — 이 행을 지우거나 다른 이메일을 쓰세요'
  },
  'missing-or-incorrect': {
    en: 'A required value is missing or wrong — check first name, last name and the marketing email (yes/no) column',
    ko: '꼭 필요한 값이 없거나 잘못되었습니다 — 이름, 성, 이메일 수신 동의(예/아니오) 열을 확인해 주세요'
  },
  'invalid-input': REFUSED_DETAILS,
  'invalid-roles': REFUSED_DETAILS,
  'invalid-loyalty-programs': REFUSED_DETAILS,
  'invalid-state': REFUSED_DETAILS,
  'invalid-property-name': {
    en: 'An extra column’s name can’t be used as a customer property — rename its key (letters, digits and _ only)',
    ko: '추가 열의 이름을 고객 속성 이름으로 쓸 수 없습니다 — 키를 영문·숫자·_ 로 바꿔 주세요'
  },
  'customer-existed': {
    en: 'In Commerce Cloud: an account with this email is there — it may have existed before this upload, so check its details if that matters',
    ko: 'Commerce Cloud에 있습니다: 이 이메일의 계정이 있습니다 — 이번 업로드 전부터 있었을 수도 있으니, 필요하면 정보를 확인해 주세요'
  },
  'customer-unconfirmed': {
    en: 'Can’t tell if this customer was created — check in Commerce Cloud and resend if missing',
    ko: '고객이 만들어졌는지 알 수 없습니다 — Commerce Cloud에서 확인하고, 없으면 다시 보내 주세요'
  }
}
