import { stringItemText } from './rich-text'
import { XlsxShortcutUnavailable } from './unsupported'

const ITEM_OPEN = Buffer.from('<si', 'latin1')
const ITEM_CLOSE = Buffer.from('</si>', 'latin1')
const TEXT_OPENS = [Buffer.from('<t>', 'latin1'), Buffer.from('<t xml:space="preserve">', 'latin1')]
const TEXT_CLOSE = Buffer.from('</t>', 'latin1')
const LT = 0x3c
const GT = 0x3e
const AMP = 0x26
const CR = 0x0d
const UNDERSCORE = 0x5f
const LOWER_X = 0x78
const SLASH = 0x2f
const SPACE = 0x20

function startsWith(part: Buffer, at: number, prefix: Buffer): boolean {
  return part.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0
}

/** True when bytes `from` to `to` are the text as it reads: no markup, entity, Windows line end or Excel _xHHHH_ escape for xmlText to undo. */
function isPlainText(part: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = part[i]
    if (b === LT || b === AMP || b === CR || (b === UNDERSCORE && part[i + 1] === LOWER_X)) return false
  }
  return true
}

/** The text of the item whose content is bytes `from` to `to`: straight from the bytes when it is one plain <t>, else through stringItemText. */
function itemText(part: Buffer, from: number, to: number): string {
  for (const open of TEXT_OPENS) {
    const textStart = from + open.length
    const textEnd = to - TEXT_CLOSE.length
    if (textEnd >= textStart && startsWith(part, from, open) && startsWith(part, textEnd, TEXT_CLOSE) && isPlainText(part, textStart, textEnd)) {
      return part.toString('utf8', textStart, textEnd)
    }
  }
  return stringItemText(part.toString('utf8', from, to))
}

/**
 * Every string of a workbook's shared-strings part, in order (cells name
 * them by index), each decoded from the part's bytes into a string of its
 * own: a catalog of a million distinct names costs its names, never the
 * part's XML as text (a string cut from a larger one keeps the larger one
 * alive). An item's markup (rich text runs, phonetic guides, entities) is
 * read by stringItemText.
 */
export function readSharedStrings(part: Buffer | null): string[] {
  const strings: string[] = []
  if (part === null || part.length === 0) return strings
  // A prefixed root (<x:sst>) prefixes its items too: SheetJS reads those.
  if (part.indexOf('<sst') < 0) throw new XlsxShortcutUnavailable('shared strings have a namespace prefix')
  for (let at = part.indexOf(ITEM_OPEN); at >= 0; at = part.indexOf(ITEM_OPEN, at)) {
    const after = part[at + ITEM_OPEN.length]
    if (after !== GT && after !== SPACE && after !== SLASH) {
      at += ITEM_OPEN.length // another element that starts with "si"
      continue
    }
    const tagEnd = part.indexOf(GT, at)
    if (tagEnd < 0) throw new XlsxShortcutUnavailable('shared string item cut off')
    if (part[tagEnd - 1] === SLASH) {
      strings.push('') // <si/>
      at = tagEnd + 1
      continue
    }
    const close = part.indexOf(ITEM_CLOSE, tagEnd)
    if (close < 0) throw new XlsxShortcutUnavailable('shared string item cut off')
    strings.push(itemText(part, tagEnd + 1, close))
    at = close + ITEM_CLOSE.length
  }
  return strings
}
