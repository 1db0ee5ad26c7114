/**
 * Every OMNICOMMERCE fact or guess the client and the practice emulator rely
 * on, in one place. Section numbers refer to
 * shared/reference/api-contracts.md; "seed 003" is the vendor page in
 * shared/seeds. Change a value here when a real account shows otherwise.
 */

/** Display name used in messages. */
export const OMNICOMMERCE = 'OMNICOMMERCE'

/** §3.1 (documented): Management API base, latest version 2022-08. Users may change it. */
export const OMNICOMMERCE_DEFAULT_BASE_URL = 'https://api.kr.omnicommerce.ai/2022-08'

/** §3.1 / seed 003 (documented): at most 100 products per create, update or delete request. */
export const OMNICOMMERCE_MAX_ITEMS_PER_REQUEST = 100

/** §3.1 / seed 003 (documented): 5 requests per second. Pacing is the upload engine's job. */
export const OMNICOMMERCE_RATE_LIMIT_RPS = 5

/** §3.8 ASSUMPTION: what the service answers above 5 rps (behaviour is UNKNOWN, §3.7 / M4). */
export const OMNICOMMERCE_RATE_LIMITED = { status: 429, errors: 'Too many requests' } as const

/** §3.7 ASSUMPTION: Management API errors use `{"errors": "<string>"}` like Image Moderation. */
export const OMNICOMMERCE_ERROR_FIELD = 'errors'

/** §3.7 ASSUMPTION: missing or wrong X-Api-Key → 401 (could be 403 on a real account). */
export const OMNICOMMERCE_AUTH_FAILED = { status: 401, errors: 'Unauthorized' } as const

/** §3.8 ASSUMPTION: more than 100 products → 400 with an `errors` string. */
export const OMNICOMMERCE_TOO_MANY_ITEMS = { status: 400, errors: 'too many products. (max 100)' } as const

/** §3.1 (documented): the only accepted request Content-Type; §3.8 ASSUMPTION: 400 otherwise. */
export const OMNICOMMERCE_CONTENT_TYPE = 'application/json'

/** §3.2 (documented): the only documented POST option; without it POST overwrites (upsert). */
export const OMNICOMMERCE_BLOCK_DUPLICATES = 'BLOCK_DUPLICATES'

/**
 * seed 003 (literal strings): failureList texts. Which text goes with which
 * cause is UNKNOWN (§3.2); the emulator's choices are ASSUMPTIONS:
 * invalid item → 'bad reqeust' (sic); unreachable image → the image text;
 * BLOCK_DUPLICATES hit → the duplicate text; update/delete of an unknown id → 'bad reqeust'.
 */
export const OMNICOMMERCE_FAILURE_TEXT = {
  badRequest: 'bad reqeust',
  imageUnreachable: 'fail to prove image from url.',
  duplicateBlocked: 'Block duplicate products.',
  unknownId: 'bad reqeust'
} as const

/** §3.2 (documented): ids are ≤ 50 chars of RFC 3986 unreserved characters (used as URL path parameter). */
export const OMNICOMMERCE_ID_MAX_LENGTH = 50
/** §3.2 (documented): the RFC 3986 unreserved character set. */
export const OMNICOMMERCE_ID_PATTERN = /^[A-Za-z0-9._~-]+$/

/** §3.4 (documented, complete list [S46]); note the slash in 'SCARF/MUFFLER' and 'OUTWEAR' (sic). */
export const OMNICOMMERCE_DETECTIONS = [
  'SHOES', 'BAG', 'HAT', 'GLASSES', 'BELT', 'WATCH', 'TOP', 'OUTWEAR', 'SKIRT', 'PANTS',
  'WHOLEBODY', 'JEWELRY', 'GLOVES', 'HAIR_ACCESSORIES', 'KEY_RING', 'SCARF/MUFFLER', 'SOCKS',
  'SWIMWEARS', 'TIE', 'AUTO_DETECT'
] as const

/** One Detection enum value (§3.4). */
export type Detection = (typeof OMNICOMMERCE_DETECTIONS)[number]

/** §3.5 (documented, list cut off after `tip` [M5]): metadata fields typed Number. Spellings sic. */
export const OMNICOMMERCE_NUMERIC_METADATA = [
  'productNumber', 'discountPercent', 'discountPrice', 'salesPrice', 'mobilePrice', 'originPrice',
  'memberPrice', 'reviewScore', 'reviewCount', 'montlyPurchase', 'views', 'cumulativeSales', 'likeCount'
] as const

/** §3.5 (documented): metadata fields typed List[String]. Spellings sic. */
export const OMNICOMMERCE_LIST_METADATA = ['season', 'gender', 'color', 'size', 'tag', 'branceOffice', 'furnishChannel', 'tip'] as const

/** §3.5 (documented): gender values; exactly one, or MALE+FEMALE for shared items. */
export const OMNICOMMERCE_GENDERS = ['MALE', 'FEMALE', 'UNISEX'] as const

/** §3.6 (documented): Status API values; 'DELETE' appears only on the KR 2023-05 page. */
export const OMNICOMMERCE_STATUSES = ['DONE', 'PROCESSING', 'ERROR', 'DELETE'] as const

/** §3.6 ASSUMPTION: Status API for an unknown product id → 404 `{errors}` (UNKNOWN). */
export const OMNICOMMERCE_STATUS_NOT_FOUND = { status: 404, errors: 'product not found.' } as const

/** §3.1 (documented): Status API versions the emulator serves; the client uses its base URL's version. */
export const OMNICOMMERCE_STATUS_VERSIONS = ['2022-08', '2023-05'] as const
