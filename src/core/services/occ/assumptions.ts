/**
 * Every Oracle Commerce Cloud (OCC) fact or guess the client and the practice
 * emulator rely on, in one place. Section numbers refer to
 * shared/reference/api-contracts.md; "seed 002" is the vendor page in
 * shared/seeds. Change a value here when a real instance shows otherwise.
 */

/** Display name used in messages. */
export const OCC = 'OCC'

/** No default base URL: every OCC instance has its own host (§2.1). The user enters it. */
export const OCC_DEFAULT_BASE_URL: string | null = null

/** §2.1 / seed 002 (documented): storefront self-registration endpoint. */
export const OCC_STORE_PROFILES_PATH = '/ccstore/v1/profiles'
/** §2.1 (documented): admin createProfile / listProfiles. */
export const OCC_ADMIN_PROFILES_PATH = '/ccadmin/v1/profiles'
/** §2.4 (documented): application-key login and token refresh. */
export const OCC_ADMIN_LOGIN_PATH = '/ccadmin/v1/login'
export const OCC_ADMIN_REFRESH_PATH = '/ccadmin/v1/refresh'

/** §2.4 O1 ASSUMPTION: POST /ccstore/v1/profiles works anonymously (no token). */
export const OCC_STORE_PROFILES_ANONYMOUS = true

/** §2.4 (documented [S35]): tokens from an application key expire after 5 minutes. */
export const OCC_APP_TOKEN_LIFETIME_MS = 300_000
/** Our choice: renew a minute early, so a request never leaves with a token about to die. */
export const OCC_TOKEN_RENEW_AFTER_MS = 240_000

/**
 * Our choice for "Test connection" in storefront mode, where there is no key
 * to check: createProfile with an empty body. §2.3 documents the refusal
 * (22003, email null or empty), so nothing can be created, and an answer
 * carrying that code shows the address is an OCC store.
 */
export const OCC_STOREFRONT_PROBE = { body: {}, expectedCode: '22003' } as const

/** §2.3 O3 ASSUMPTION: OCC errors are HTTP 400 with `status: "400"` in the errorModel body. */
export const OCC_ERROR_HTTP_STATUS = 400

/** §2.3 O2 ASSUMPTION: the store API reports an existing email like the Agent API: 200019, HTTP 400. */
export const OCC_EMAIL_TAKEN = {
  code: '200019',
  message: 'An account already exists for this email address. Please enter a different email address.'
} as const

/** §2.9 ASSUMPTION: emails (and logins) are unique case-insensitively. */
export const OCC_EMAIL_CASE_INSENSITIVE = true

/**
 * §2.3 (documented codes [S22, S24]) → our stable reason keys. 200019 is the
 * assumed duplicate-email code (O2).
 */
export const OCC_ERROR_REASONS: Readonly<Record<string, string>> = {
  '22003': 'email-empty',
  '22004': 'internal',
  '22005': 'password-empty',
  '22024': 'not-a-string',
  '200019': 'email-taken',
  '22007': 'invalid-input',
  '89001': 'invalid-roles',
  '22025': 'invalid-loyalty-programs',
  '22026': 'missing-or-incorrect',
  '22027': 'invalid-state'
}

/** §2.3 (documented messages, [S22, S24]); the emulator fills the {0}({1}) placeholders. */
export const OCC_ERROR_MESSAGES = {
  emailEmpty: { code: '22003', message: 'The email address is null or empty.' },
  internal: { code: '22004', message: 'There was an internal error while creating the profile.' },
  passwordEmpty: { code: '22005', message: 'The password is null or empty.' },
  notAString: { code: '22024', message: '{0}({1}) must be a String' },
  /** ASSUMPTION: the store API reports a missing firstName/lastName/receiveEmail with the admin code 22026. */
  missing: { code: '22026', message: '{0} is either missing or incorrect.' }
} as const

/** ASSUMPTION (UNKNOWN body): an expired or invalid bearer token → 401 errorModel. */
export const OCC_UNAUTHORIZED = { status: 401, errorCode: '401', message: 'This operation requires authentication.' } as const

/** §2.8 O4: OCC rate limits are UNKNOWN. The client does not pace; null means "no documented limit". */
export const OCC_RATE_LIMIT_RPS: number | null = null
/** Our choice for the practice emulator only (not advertised to the app): 8 requests per second. */
export const OCC_PRACTICE_RATE_LIMIT_RPS = 8
/** ASSUMPTION: above the limit OCC would answer 429 with an errorModel. */
export const OCC_RATE_LIMITED = { status: 429, errorCode: '429', message: 'Too many requests.' } as const

/** §2.2 (documented): receiveEmail is the string "yes" or "no". */
export const OCC_RECEIVE_EMAIL_VALUES = ['yes', 'no'] as const

/** §2.2 O6: dateOfBirth format is UNKNOWN. ASSUMPTION: ISO date YYYY-MM-DD is sent as given. */
export const OCC_DATE_OF_BIRTH_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** §2.5 (documented q= SCIM filter). ASSUMPTION: quotes and backslashes in the value are backslash-escaped. */
export const OCC_EMAIL_FILTER = (email: string): string => `email eq "${email.replace(/["\\]/g, (c) => `\\${c}`)}"`

/**
 * §2.5 ASSUMPTION: list answers look like the documented admin list example
 * (listAdminProfiles): `{total, totalResults, offset, limit, items:[…]}`.
 */
export const OCC_LIST_ITEMS_FIELD = 'items' as const

/** ASSUMPTIONS for the emulator (codes not documented for these cases): bad body → 22007 (admin's invalid input); unknown id → 404. */
export const OCC_ASSUMED_ERRORS = {
  invalidInput: { code: '22007', message: 'Invalid input.' },
  profileNotFound: { status: 404, code: '22008', message: 'Profile not found.' }
} as const

/** §2.7 O5: password policy defaults UNKNOWN. Our generated passwords: 20 chars, all four classes. */
export const OCC_GENERATED_PASSWORD_LENGTH = 20
/** Symbols used in generated passwords: no quotes, backslash, space or spreadsheet-formula starters (= + - @). */
export const OCC_PASSWORD_SYMBOLS = '!#$%&*?^_~'
