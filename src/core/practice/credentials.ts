/**
 * The practice emulator's fixed, obviously fake credentials. They are not
 * secrets: they only open the in-process emulator on 127.0.0.1.
 */
export const PRACTICE_CREDENTIALS = {
  omnicommerceApiKey: 'practice-omnicommerce-key',
  nclueAccessKey: 'practice-nclue-access-key',
  nclueSecretKey: 'practice-nclue-secret-key',
  occAppKey: 'practice-occ-app-key'
} as const

/** The practice credentials' shape. */
export type PracticeCredentials = { readonly [K in keyof typeof PRACTICE_CREDENTIALS]: string }

/**
 * Deterministic triggers so tests (and staff practising) can force the
 * documented failure paths from ordinary spreadsheet data.
 */
export const PRACTICE_TRIGGERS = {
  /** An OMNICOMMERCE image URL containing this fails at once with the image failure text. */
  omnicommerceImageUnreachable: 'unreachable',
  /** An OMNICOMMERCE image URL containing this is accepted, then ends in Status ERROR. */
  omnicommerceImageError: 'error-image',
  /** An OCC email containing this answers 22004 (internal error). */
  occInternalError: 'internal-error',
  /** A NCLUE profile name containing this ends `failed`; a documented fail message also in the name is used. */
  nclueFail: 'FAIL'
} as const
