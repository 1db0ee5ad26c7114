import type { LocalizedText } from '../../../shared/text'
import type { TargetId } from '../../../shared/targets'

/** What a platform's rows are: products (the three product targets) or customers. */
export type FormatKind = 'products' | 'customers'

/**
 * One export or upload-template format of a shop platform: the headers that
 * identify it and, per column, the field it means in Sheetport (or null for
 * a column that has no counterpart, such as a cost price or an internal row
 * id). Columns not listed are matched as any other sheet's.
 */
export interface PlatformFormat {
  /** Stable id, e.g. `cafe24-products`. */
  readonly id: string
  /** The name shown on screen: "Cafe24 product export". */
  readonly name: LocalizedText
  readonly kind: FormatKind
  /** What rows of this format usually become. */
  readonly target: TargetId
  /** Headers found in this format and (nearly) nowhere else; compared normalised. */
  readonly signature: readonly string[]
  /** Header → field (null: no counterpart). Compared normalised. */
  readonly columns: Readonly<Record<string, string | null>>
  /** Where the platform's own documentation explains the columns. */
  readonly source: string
}
