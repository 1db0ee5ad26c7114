import { xmlText } from './xml-text'

const PHONETIC_RUN = /<rPh\b[\s\S]*?<\/rPh>/g
const TEXT_ELEMENT = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g

/**
 * The text of a string item (a shared string's <si>, an inline string's
 * <is>): its <t>, or the <t> of every run of rich text joined, without the
 * phonetic guides (<rPh>) Japanese and Korean Excel add to some strings,
 * which Excel does not show in the cell.
 */
export function stringItemText(item: string): string {
  const plain = item.indexOf('<rPh') < 0 ? item : item.replace(PHONETIC_RUN, '')
  let text = ''
  for (const m of plain.matchAll(TEXT_ELEMENT)) text += m[1] ?? ''
  return xmlText(text)
}
