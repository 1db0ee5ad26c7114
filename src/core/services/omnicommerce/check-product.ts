import type { FieldIssue } from '../field-issue'
import {
  OMNICOMMERCE_DETECTIONS,
  OMNICOMMERCE_GENDERS,
  OMNICOMMERCE_ID_MAX_LENGTH,
  OMNICOMMERCE_ID_PATTERN,
  OMNICOMMERCE_LIST_METADATA,
  OMNICOMMERCE_NUMERIC_METADATA
} from './assumptions'
import type { ProductPatch } from './types'

/** Create needs every required field; update needs only the id (§3.3). */
export type CheckMode = 'create' | 'update'

/** True for an absolute http(s) URL with a host and no whitespace. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** Checks a product id against §3.2: present, ≤ 50 chars, RFC 3986 unreserved only. */
export function checkProductId(id: unknown): FieldIssue[] {
  if (typeof id !== 'string' || id === '') return [{ field: 'id', code: 'required', message: 'A product id is required.' }]
  if (id.length > OMNICOMMERCE_ID_MAX_LENGTH) {
    return [{ field: 'id', code: 'too-long', message: `Product ids are at most ${OMNICOMMERCE_ID_MAX_LENGTH} characters.` }]
  }
  if (!OMNICOMMERCE_ID_PATTERN.test(id)) {
    return [{ field: 'id', code: 'invalid-characters', message: 'Product ids may contain only letters A–Z, a–z, digits and - . _ ~' }]
  }
  return []
}

/** Checks one URL field; absent is fine unless required. */
function checkUrl(field: string, value: unknown, required: boolean): FieldIssue[] {
  if (value === undefined || value === '') {
    return required ? [{ field, code: 'required', message: `${field} is required.` }] : []
  }
  return isHttpUrl(value) ? [] : [{ field, code: 'invalid-url', message: `${field} must be a full http:// or https:// address.` }]
}

/** Checks §3.5 gender: exactly one of MALE/FEMALE/UNISEX, or MALE and FEMALE. */
function checkGender(value: unknown): FieldIssue[] {
  const bad = [{ field: 'metadata.gender', code: 'invalid-gender', message: 'gender must be one of MALE, FEMALE, UNISEX, or MALE and FEMALE together.' }]
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return bad
  const values = value as string[]
  if (values.length === 1 && (OMNICOMMERCE_GENDERS as readonly string[]).includes(values[0] ?? '')) return []
  if (values.length === 2 && values.includes('MALE') && values.includes('FEMALE')) return []
  return bad
}

/** Checks metadata value types against §3.5. */
function checkMetadata(metadata: unknown): FieldIssue[] {
  if (metadata === undefined) return []
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    return [{ field: 'metadata', code: 'not-an-object', message: 'metadata must be a set of named values.' }]
  }
  const issues: FieldIssue[] = []
  for (const [key, value] of Object.entries(metadata)) {
    const field = `metadata.${key}`
    if ((OMNICOMMERCE_NUMERIC_METADATA as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ field, code: 'not-a-number', message: `${key} must be a number.` })
    } else if (key === 'gender') {
      issues.push(...checkGender(value))
    } else if ((OMNICOMMERCE_LIST_METADATA as readonly string[]).includes(key)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        issues.push({ field, code: 'not-a-list', message: `${key} must be a list of texts.` })
      }
    } else if (typeof value !== 'string' && typeof value !== 'number' && !Array.isArray(value)) {
      issues.push({ field, code: 'invalid-value', message: `${key} must be a text, a number or a list of texts.` })
    }
  }
  return issues
}

/**
 * Pure pre-send check of one product against the documented rules (§3.2–3.5),
 * so bad rows are caught before they cost a request. Returns [] when fine.
 */
export function checkProduct(input: ProductPatch, mode: CheckMode): FieldIssue[] {
  const create = mode === 'create'
  const issues: FieldIssue[] = [...checkProductId(input.id)]
  issues.push(...checkUrl('url', input.url, create))
  issues.push(...checkUrl('salesUrl', input.salesUrl, create))
  issues.push(...checkUrl('mobileSalesUrl', input.mobileSalesUrl, false))
  if (input.detection === undefined || input.detection === '') {
    if (create) issues.push({ field: 'detection', code: 'required', message: 'detection is required.' })
  } else if (!(OMNICOMMERCE_DETECTIONS as readonly string[]).includes(input.detection)) {
    issues.push({ field: 'detection', code: 'invalid-detection', message: `detection must be one of: ${OMNICOMMERCE_DETECTIONS.join(', ')}.` })
  }
  issues.push(...checkMetadata(input.metadata))
  if (!create && issues.length === 0 && Object.keys(input).every((k) => k === 'id' || input[k as keyof ProductPatch] === undefined)) {
    issues.push({ field: 'id', code: 'nothing-to-update', message: 'An update needs at least one field besides the id.' })
  }
  return issues
}
