import type { NCLUE_FAIL_MESSAGES } from '../../services/nclue/assumptions'
import type { LocalizedText } from '../../../shared/text'

/**
 * NCLUE's documented job failure messages (§1.6 fail_message, [S17]) in
 * plain words with a fix. Keyed by the message itself; the reason code is
 * its kebab-case form (COMMON_ERROR → common-error).
 */
export const NCLUE_FAIL_TEXTS: Readonly<Record<(typeof NCLUE_FAIL_MESSAGES)[number], LocalizedText>> = {
  COMMON_ERROR: {
    en: 'NCLUE could not build this profile (general error) — try again later; contact NAVER Cloud if it keeps failing',
    ko: 'NCLUE가 프로필을 만들지 못했습니다 (일반 오류) — 잠시 후 다시 시도하고, 계속되면 NAVER Cloud에 문의해 주세요'
  },
  DISK_SPACE_SHORTAGE: {
    en: 'NCLUE ran out of storage space — try again later or ask NAVER Cloud for more space',
    ko: 'NCLUE 저장 공간이 부족합니다 — 잠시 후 다시 시도하거나 NAVER Cloud에 문의해 주세요'
  },
  DUPLICATE_USERID: {
    en: 'The data has the same user ID more than once — remove the duplicate user IDs from the data',
    ko: '데이터에 같은 사용자 ID가 여러 번 있습니다 — 중복된 사용자 ID를 데이터에서 지워 주세요'
  },
  LIMIT_ERROR_MID_LENGTH: {
    en: 'A user ID in the data is longer than 100 characters — shorten it',
    ko: '데이터의 사용자 ID가 100자를 넘습니다 — 줄여 주세요'
  },
  NOT_EXIST_FILE: {
    en: 'The data file was not found — check the file in Object Storage',
    ko: '데이터 파일을 찾을 수 없습니다 — Object Storage의 파일을 확인해 주세요'
  },
  NUM_OF_LABEL_INSUFFICIENT: {
    en: 'There is not enough labelled data — add more labelled data and try again',
    ko: '라벨이 있는 데이터가 부족합니다 — 데이터를 더 넣고 다시 시도해 주세요'
  },
  OBS_DOWNLOAD_FAILED: {
    en: 'NCLUE could not read the data from Object Storage — check the bucket and its permissions, then try again',
    ko: 'NCLUE가 Object Storage에서 데이터를 읽지 못했습니다 — 버킷과 권한을 확인한 뒤 다시 시도해 주세요'
  },
  OBS_UPLOAD_FAILED: {
    en: 'NCLUE could not save the result to Object Storage — check the bucket and its permissions, then try again',
    ko: 'NCLUE가 결과를 Object Storage에 저장하지 못했습니다 — 버킷과 권한을 확인한 뒤 다시 시도해 주세요'
  },
  OBS_USER_FILE_ACCESS_ERROR: {
    en: 'NCLUE may not open the file in Object Storage — check the file’s permissions',
    ko: 'NCLUE가 Object Storage의 파일을 열 권한이 없습니다 — 파일 권한을 확인해 주세요'
  },
  UNEXPECTED_FILE_TYPE: {
    en: 'The data file is of a type NCLUE does not accept — use the file type NCLUE asks for',
    ko: 'NCLUE가 받지 않는 파일 형식입니다 — NCLUE가 요구하는 형식으로 바꿔 주세요'
  },
  UNEXPECTED_LABEL: {
    en: 'The data has a label NCLUE does not expect — check the labels in the data',
    ko: '데이터에 NCLUE가 모르는 라벨이 있습니다 — 데이터의 라벨을 확인해 주세요'
  },
  UNEXPECTED_TXT_FORMAT: {
    en: 'The text data is not laid out as NCLUE expects — check the file’s format',
    ko: '텍스트 데이터 형식이 NCLUE가 기대하는 것과 다릅니다 — 파일 형식을 확인해 주세요'
  }
}
