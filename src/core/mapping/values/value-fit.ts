import type { FieldDef } from '../../../shared/catalog'
import { normalizeEnumValue } from '../enum-values'
import { normalizeHeaderText } from '../normalize'
import type { ValueProfile } from './value-profile'

/**
 * Whether a column's values agree with the field its header suggests:
 * `fits`, `weak` (allowed, but any better-named column goes first: a
 * numeric row id for the product ID) or `conflicts` (never mapped: a hash
 * for a password, a zip code for a yes/no flag, a relative path for a URL).
 */
export type ValueVerdict = 'fits' | 'weak' | 'conflicts'

/** At least this share of the samples must have the field's shape. */
const MOST = 0.5
/** Numbers are numbers throughout; a few "Unlimited" or "-" cells still pass. */
const NEARLY_ALL = 0.8

/** Headers that name a code or number, not a word: never `detection` ("카테고리 코드", "상품분류 번호"). */
const CODE_HEADER = /(코드|번호|code|id|number|no)$/
/** Headers that name a hash or token: never a password. */
const HASH_HEADER = /(hash|해시|token|salt)/
/** Cells a product ID can hold: RFC 3986 unreserved characters. */
const ID_TEXT = /^[A-Za-z0-9._~-]+$/
/** Text fields that hold names or words, which a column of codes ("B0000000") or numbers (channel ids) is not. */
const NAME_FIELDS = new Set(['metadata.productName', 'metadata.brand', 'metadata.color', 'metadata.size', 'metadata.branceOffice', 'metadata.furnishChannel'])

function enumShare(def: FieldDef, samples: readonly string[]): number {
  const filled = samples.filter((s) => s.trim() !== '')
  if (filled.length === 0) return 1
  return filled.filter((s) => normalizeEnumValue(def, s.trim().replace(/^'/, '')) !== null).length / filled.length
}

function byHeader(def: FieldDef, header: string): ValueVerdict {
  const key = normalizeHeaderText(header)
  if (def.type === 'password' && HASH_HEADER.test(key)) return 'conflicts'
  if (def.name === 'detection' && CODE_HEADER.test(key)) return 'conflicts'
  return 'fits'
}

function byValues(def: FieldDef, profile: ValueProfile, samples: readonly string[]): ValueVerdict {
  switch (def.type) {
    case 'password':
      return profile.hash >= MOST ? 'conflicts' : 'fits'
    case 'email':
      return profile.email >= MOST ? 'fits' : 'conflicts'
    case 'url':
      return profile.url >= MOST ? 'fits' : 'conflicts'
    case 'number':
      return profile.number >= NEARLY_ALL ? 'fits' : 'conflicts'
    case 'date':
      return profile.date >= MOST ? 'fits' : 'conflicts'
    case 'enum':
    case 'enumList':
    case 'yesNo':
    case 'boolean':
      return enumShare(def, samples) >= MOST ? 'fits' : 'conflicts'
    case 'id': {
      const ids = samples.filter((s) => ID_TEXT.test(s.trim().replace(/^'/, ''))).length / Math.max(1, profile.count)
      if (ids < MOST) return 'conflicts'
      return profile.smallInteger >= NEARLY_ALL ? 'weak' : 'fits'
    }
    default:
      return NAME_FIELDS.has(def.name) && (profile.code >= NEARLY_ALL || profile.number >= NEARLY_ALL) ? 'conflicts' : 'fits'
  }
}

/**
 * The verdict for mapping a column to a field, from its header and its
 * sample values (non-empty cells of the first rows). Without samples only
 * the header rules apply.
 */
export function valueVerdict(def: FieldDef, header: string, samples: readonly string[], profile: ValueProfile): ValueVerdict {
  const fromHeader = byHeader(def, header)
  if (fromHeader !== 'fits' || profile.count === 0) return fromHeader
  return byValues(def, profile, samples)
}
