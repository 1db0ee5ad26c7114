import type { LocalizedText } from '../text'
import type { ServiceId, TargetId } from '../targets'

/**
 * How a field's cell text is checked and converted before sending.
 * - text: free text; id: product id (RFC 3986 unreserved, ≤ 50); url: http(s) URL
 * - number: numeric; date: ISO date YYYY-MM-DD; email; password (never reported)
 * - enum: one of `allowed`; enumList: several of `allowed`, comma separated
 * - textList: several free texts, comma separated; yesNo: 'yes' | 'no'; boolean: true | false
 */
export type FieldType =
  | 'text'
  | 'id'
  | 'url'
  | 'number'
  | 'date'
  | 'email'
  | 'password'
  | 'enum'
  | 'enumList'
  | 'textList'
  | 'yesNo'
  | 'boolean'

/**
 * One field a target accepts. `name` is the path in the service's request,
 * dot-separated (e.g. `metadata.salesPrice`, `address.city`), and is also
 * the key mapped rows use.
 */
export interface FieldDef {
  readonly name: string
  readonly label: LocalizedText
  readonly required: boolean
  readonly type: FieldType
  /** Allowed values for enum and enumList fields, exactly as the service spells them. */
  readonly allowed?: readonly string[]
  readonly help: LocalizedText
  /** Upper bound on text length where the service documents one. */
  readonly maxLength?: number
  /** A number field that takes a percent as its number: a cell showing 15% gives it 15 (any other number field gets 0.15). */
  readonly percent?: boolean
  /** Never written to a report, log or journal (passwords). */
  readonly secret?: boolean
  /** An enum a shop's own category words and paths may stand for ("의류 > 상의 > 티셔츠" → TOP). */
  readonly categoryWords?: boolean
  /** Never sent itself: its value fills these fields instead (a full name: family and given name), which then count as provided. */
  readonly fills?: readonly string[]
}

/** Where unmapped extra columns may go for a target, if anywhere. */
export type ExtraFieldsKind = 'metadata' | 'dynamicProperties' | null

/** The full list of fields one import target accepts. */
export interface TargetCatalog {
  readonly target: TargetId
  readonly service: ServiceId
  readonly label: LocalizedText
  readonly fields: readonly FieldDef[]
  /** Extra columns can be mapped under this prefix (`metadata.` or `dynamic.`). */
  readonly extras: ExtraFieldsKind
  /**
   * Groups of fields of which each row must give exactly one (e.g. NCLUE's
   * `task_id` or `task_name`). A group counts as mapped when any of its
   * fields has a column or a constant; the per-row "exactly one" is checked
   * by validation.
   */
  readonly requiresOneOf?: readonly (readonly string[])[]
}
