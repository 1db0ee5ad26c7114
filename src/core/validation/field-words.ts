import { allowedValuesOf, findField } from '../../shared/catalog'
import type { TargetId } from '../../shared/targets'
import type { LocalizedText } from '../../shared/text'

/** What messages say about one field: its name, its column, its limits. */
export interface FieldWords {
  /** The field's catalog label; an extra column's key. */
  readonly label: LocalizedText
  /** How a fix names the column: the user's header text in quotes, else the label. */
  readonly column: LocalizedText
  readonly maxLength: number | undefined
  /** Allowed values of enum-like fields, as written in cells ('' for free text). */
  readonly allowed: string
  /** True when the field takes several values (enumList). */
  readonly several: boolean
}

/** Extra keys have no catalog entry: `metadata.fabric` is called "fabric". */
function extraLabel(field: string): LocalizedText {
  const key = field.slice(field.indexOf('.') + 1)
  return { ko: key, en: key }
}

/** The words for a field of a target; `header` is the text of the column that feeds it, if known. */
export function fieldWords(target: TargetId, field: string, header: string | undefined): FieldWords {
  const def = findField(target, field)
  const label = def?.label ?? extraLabel(field)
  const column = header === undefined || header.trim() === '' ? label : { ko: `“${header.trim()}”`, en: `“${header.trim()}”` }
  const allowed = def === undefined ? [] : allowedValuesOf(def)
  return { label, column, maxLength: def?.maxLength, allowed: allowed.join(', '), several: def?.type === 'enumList' }
}
