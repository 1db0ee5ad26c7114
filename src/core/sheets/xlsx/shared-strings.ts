import { xmlChunks } from './xml-chunks'
import { stringItemText } from './rich-text'
import { XlsxShortcutUnavailable } from './unsupported'

/**
 * Every string of a workbook's shared-strings part, in order (cells name
 * them by index). Read in chunks, so a catalog of a million distinct names
 * never becomes one string.
 */
export function readSharedStrings(part: Buffer | null): string[] {
  const strings: string[] = []
  if (part === null) return strings
  for (const chunk of xmlChunks(part, '</si>')) {
    for (const m of chunk.matchAll(/<(\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
      if (m[1] !== undefined) throw new XlsxShortcutUnavailable('shared strings have a namespace prefix')
      strings.push(stringItemText(m[2] ?? ''))
    }
  }
  return strings
}
