import { catalogFor, type FieldType } from '../../../shared/catalog'
import type { MappedRow } from '../../../shared/mapping'
import type { MetadataValue, ProductMetadata } from '../../services/omnicommerce/types'
import { forEachPrefixed, listCell, numberCell } from '../cells'

/** The mapped-row prefix of product metadata fields and extra columns. */
export const METADATA_PREFIX = 'metadata.'

/** Catalog type of each known metadata key (the same for create and update). */
const METADATA_TYPES: ReadonlyMap<string, FieldType> = new Map(
  catalogFor('products:create')
    .fields.filter((f) => f.name.startsWith(METADATA_PREFIX))
    .map((f) => [f.name.slice(METADATA_PREFIX.length), f.type])
)

/**
 * One metadata cell as the service types it (§3.5): numbers as numbers,
 * lists as arrays, everything else (extra columns included) as text. An
 * unreadable number stays text so the pre-send check can name it.
 */
function metadataValue(type: FieldType | undefined, text: string): MetadataValue {
  if (type === 'number') return numberCell(text) ?? text
  if (type === 'enumList' || type === 'textList') return listCell(text)
  return text
}

/**
 * Nests a row's `metadata.<key>` cells into the `metadata` object of a
 * products[] item, or undefined when the row has none (so an update does
 * not touch the product's metadata at all).
 */
export function buildMetadata(row: MappedRow): ProductMetadata | undefined {
  let metadata: Record<string, MetadataValue> | undefined
  forEachPrefixed(row.values, METADATA_PREFIX, (key, text) => {
    metadata ??= {}
    metadata[key] = metadataValue(METADATA_TYPES.get(key), text)
  })
  return metadata
}
