/**
 * Every NAVER Cloud NCLUE / API Gateway fact or guess the client and the
 * practice emulator rely on, in one place. Section numbers refer to
 * shared/reference/api-contracts.md; "seed 000/001" are the vendor pages in
 * shared/seeds. Change a value here when a real account shows otherwise.
 */

/** Display name used in messages. */
export const NCLUE = 'NCLUE'

/** §1.1 (documented): base URL; the signed path includes its `/api/v1` prefix (§1.3). */
export const NCLUE_DEFAULT_BASE_URL = 'https://nclue.apigw.ntruss.com/api/v1'

/** §1.5 (documented): keep NCLUE calls at 1 request per second or less. Pacing is the engine's job. */
export const NCLUE_RATE_LIMIT_RPS = 1

/** §1.2 (documented): a timestamp more than 5 minutes off the gateway clock is refused. */
export const NCLUE_MAX_CLOCK_SKEW_MS = 5 * 60_000

/** §1.2 (documented): signature header names (sent lowercase; HTTP names are case-insensitive). */
export const NCP_HEADERS = {
  timestamp: 'x-ncp-apigw-timestamp',
  accessKey: 'x-ncp-iam-access-key',
  signature: 'x-ncp-apigw-signature-v2'
} as const

/** §1.3 N5 ASSUMPTION: the raw `path?query` as sent is signed, no canonicalisation; no `?` without a query. */
export const NCP_SIGNS_RAW_PATH_AND_QUERY = true

/** §1.7 / seed 000 (documented): profile names are 1–100 characters (an older doc said 40). */
export const NCLUE_NAME_MAX_LENGTH = 100
/** ASSUMPTION: "characters" are Unicode code points, not UTF-16 units. */
export const nameLength = (name: string): number => [...name].length

/** §1.7/§1.8 (documented): list paging; index default 0, limit 1–100, default 20. */
export const NCLUE_PAGE_LIMIT_MAX = 100
export const NCLUE_PAGE_LIMIT_DEFAULT = 20
/** §1.7 N4 ASSUMPTION: `index` is an item offset (not a page number) and lists are newest first. */
export const NCLUE_INDEX_IS_OFFSET = true

/** §1.5 N1 ASSUMPTION: NCLUE error bodies are `{"code": <number>, "message": "<NAME>"}`. */
export const NCLUE_ERRORS = {
  accessDenied: { status: 401, code: 10100, message: 'ACCESS_DENIED' },
  nameTooLong: { status: 422, code: 10101, message: 'NAME_TOO_LONG' },
  duplicateName: { status: 409, code: 10102, message: 'DUPLICATE_NAME' }
} as const

/**
 * §1.5 N2: codes for these are UNKNOWN. ASSUMPTIONS for the emulator (HTTP status is what the client relies on):
 * unknown profile or task → 404; delete while pending/in_progress → 409; empty or non-string fields → 400.
 */
export const NCLUE_ASSUMED_ERRORS = {
  profileNotFound: { status: 404, code: 404, message: 'PROFILE_NOT_FOUND' },
  taskNotFound: { status: 404, code: 404, message: 'TASK_NOT_FOUND' },
  notDeletable: { status: 409, code: 409, message: 'PROFILE_NOT_DELETABLE' },
  badRequest: { status: 400, code: 400, message: 'BAD_REQUEST' }
} as const

/** Our reason keys for NCLUE service codes (§1.5). */
export const NCLUE_REASONS: Readonly<Record<string, string>> = {
  '10100': 'access-denied',
  '10101': 'name-too-long',
  '10102': 'duplicate-name'
}

/**
 * §1.4 (documented table [S5], body measured on another gateway route [S10]):
 * the gateway envelope `{"error":{"errorCode","message","details"}}`.
 * The details texts for a bad signature and for clock skew are UNKNOWN;
 * `invalid` and `missing` are the measured ones, `timestamp` is an ASSUMPTION.
 */
export const NCP_GATEWAY = {
  authFailed: { status: 401, errorCode: '200', message: 'Authentication Failed' },
  permissionDenied: { status: 401, errorCode: '210', message: 'Permission Denied' },
  /** §1.10 ASSUMPTION: above 1 tps the gateway answers 429 / errorCode "400" (behaviour UNKNOWN, N6). */
  quotaExceeded: { status: 429, errorCode: '400', message: 'Quota Exceeded' },
  notFound: { status: 404, errorCode: '300', message: 'Not Found Exception' },
  details: {
    invalid: 'Invalid authentication information.',
    missing: 'Authentication information are missing.',
    timestamp: 'The timestamp is out of the allowed range.'
  }
} as const

/** §1.4 (measured [S10]): success bodies may come labelled `text/plain;charset=UTF-8`. */
export const NCP_SUCCESS_CONTENT_TYPE = 'text/plain;charset=UTF-8'

/** §1.6 (documented lifecycle). `complete` is the create page's spelling (seed 000/001). */
export const NCLUE_STATUSES = ['registered', 'pending', 'in_progress', 'completed', 'failed'] as const
/** §1.6 N3 ASSUMPTION: the wire says `completed`; `complete` is accepted as the same. */
export const NCLUE_STATUS_ALIASES: Readonly<Record<string, (typeof NCLUE_STATUSES)[number]>> = { complete: 'completed' }

/** §1.7 (documented [S18]): delete is allowed only in these states. */
export const NCLUE_DELETABLE_STATUSES = ['registered', 'completed', 'failed'] as const

/** §1.6 ASSUMPTION: `fail_message` carries one of these documented system messages [S17]. */
export const NCLUE_FAIL_MESSAGES = [
  'COMMON_ERROR', 'DISK_SPACE_SHORTAGE', 'DUPLICATE_USERID', 'LIMIT_ERROR_MID_LENGTH', 'NOT_EXIST_FILE',
  'NUM_OF_LABEL_INSUFFICIENT', 'OBS_DOWNLOAD_FAILED', 'OBS_UPLOAD_FAILED', 'OBS_USER_FILE_ACCESS_ERROR',
  'UNEXPECTED_FILE_TYPE', 'UNEXPECTED_LABEL', 'UNEXPECTED_TXT_FORMAT'
] as const

/** §1.7 ASSUMPTION: create answers HTTP 200 (status not stated). */
export const NCLUE_CREATE_STATUS = 200
