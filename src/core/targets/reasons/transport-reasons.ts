import type { ReasonTexts } from './types'

const AUTH = {
  en: 'The service refused the connection’s key — check the key in Connections',
  ko: '서비스가 연결의 키를 거부했습니다 — 연결 설정에서 키를 확인해 주세요'
}
const RATE_LIMITED = {
  en: 'The service was busy (too many requests) — the app slows down by itself; try again later if this stays',
  ko: '요청이 너무 많아 서비스가 잠시 받지 않았습니다 — 앱이 알아서 속도를 줄입니다. 계속되면 나중에 다시 시도해 주세요'
}

/**
 * Whole-request failures, keyed by the upload engine's reason codes
 * (network-error, timeout, …) and the clients' auth and quota reasons.
 */
export const TRANSPORT_REASON_TEXTS: ReasonTexts = {
  timeout: {
    en: 'The service did not answer in time — it may or may not have saved this row; check before sending it again',
    ko: '서비스가 제때 답하지 않았습니다 — 저장되었는지 알 수 없으니 확인한 뒤 다시 보내 주세요'
  },
  'network-error': {
    en: 'The connection to the service failed — check the internet connection and try again',
    ko: '서비스와 연결하지 못했습니다 — 인터넷 연결을 확인하고 다시 시도해 주세요'
  },
  cancelled: {
    en: 'Sending was stopped before the service answered — check whether this row arrived before sending it again',
    ko: '서비스가 답하기 전에 보내기가 중단되었습니다 — 이 행이 들어갔는지 확인한 뒤 다시 보내 주세요'
  },
  'rate-limited': RATE_LIMITED,
  'quota-exceeded': RATE_LIMITED,
  'server-error': {
    en: 'The service had a temporary problem — try again later',
    ko: '서비스에 일시적인 문제가 있었습니다 — 잠시 후 다시 시도해 주세요'
  },
  auth: AUTH,
  'credentials-invalid': AUTH,
  'credentials-missing': AUTH,
  'token-rejected': AUTH,
  'app-key-refused': AUTH,
  'permission-denied': {
    en: 'The key works but may not use this service — check the key’s permissions',
    ko: '키는 맞지만 이 서비스를 쓸 권한이 없습니다 — 키의 권한을 확인해 주세요'
  },
  'clock-skew': {
    en: 'This computer’s clock is off by more than 5 minutes — correct the date and time, then try again',
    ko: '이 컴퓨터의 시계가 5분 넘게 틀립니다 — 날짜와 시간을 맞춘 뒤 다시 시도해 주세요'
  },
  'not-found': {
    en: 'The service address was not found — check the address in Connections',
    ko: '서비스 주소를 찾을 수 없습니다 — 연결 설정에서 주소를 확인해 주세요'
  },
  'bad-response': {
    en: 'The service gave an answer the app could not read — check the address in Connections, or try again later',
    ko: '서비스의 응답을 읽을 수 없습니다 — 연결 설정의 주소를 확인하거나 잠시 후 다시 시도해 주세요'
  },
  rejected: {
    en: 'The service refused this row — check its values',
    ko: '서비스가 이 행을 받지 않았습니다 — 값을 확인해 주세요'
  },
  'outcome-unknown': {
    en: 'The service never confirmed this row — it may or may not have been saved; check it in the service, then send it again if it is missing',
    ko: '서비스가 이 행을 받았는지 확인해 주지 않았습니다 — 저장되었는지 서비스에서 확인하고, 없으면 다시 보내 주세요'
  },
  'not-sent': {
    en: 'Not sent: the upload was stopped before this row’s turn — send it again',
    ko: '보내지 않았습니다: 이 행의 차례가 오기 전에 업로드가 멈췄습니다 — 다시 보내 주세요'
  },
  unexpected: {
    en: 'Something unexpected went wrong while sending — try again; if it keeps happening, tell support',
    ko: '보내는 중 예상하지 못한 문제가 생겼습니다 — 다시 시도하고, 계속되면 지원팀에 알려 주세요'
  }
}
