import { allowedValuesOf, findField } from '../../shared/catalog'
import type { TargetId } from '../../shared/targets'
import type { LocalizedText } from '../../shared/text'

/** What messages say about one field: its name, its column, its limits. */
export interface FieldWords {
  /** The field's catalog label; an extra column's key. */
  readonly label: LocalizedText
  /**
   * How a fix names the column, as a noun phrase: its sheet letter and the
   * user's header text when known ("column E “Price”", "E열 “가격”"), else
   * "the “Price” column" / "“가격” 열", else the label in their place.
   */
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

/** The column phrase of FieldWords.column. */
function columnPhrase(label: LocalizedText, header: string | undefined, letter: string | undefined): LocalizedText {
  const name = header === undefined || header.trim() === '' ? null : `“${header.trim()}”`
  if (letter !== undefined && letter !== '') {
    return name === null ? { en: `column ${letter}`, ko: `${letter}열` } : { en: `column ${letter} ${name}`, ko: `${letter}열 ${name}` }
  }
  return name === null ? { en: `the ${label.en} column`, ko: `${label.ko} 열` } : { en: `the ${name} column`, ko: `${name} 열` }
}

/**
 * The words for a field of a target; `header` is the text of the column that
 * feeds it and `letter` its sheet letter, if known.
 */
export function fieldWords(target: TargetId, field: string, header: string | undefined, letter?: string): FieldWords {
  const def = findField(target, field)
  const label = def?.label ?? extraLabel(field)
  const column = columnPhrase(label, header, letter)
  const allowed = def === undefined ? [] : allowedValuesOf(def)
  return { label, column, maxLength: def?.maxLength, allowed: allowed.join(', '), several: def?.type === 'enumList' }
}
