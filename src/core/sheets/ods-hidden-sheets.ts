import type { ZipEntry } from './zip-directory'
import { zipEntryBytes } from './zip-format'

const utf8 = new TextDecoder('utf-8')
const CONTENT = 'content.xml'
const STYLES = 'styles.xml'

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
}

/** The start tag opening at byte `start`, decoded, and where it ends; null if it never closes. */
function tagAt(xml: Buffer, start: number): { tag: string; end: number } | null {
  const close = xml.indexOf('>', start)
  return close < 0 ? null : { tag: utf8.decode(xml.subarray(start, close + 1)), end: close + 1 }
}

/** Every start tag of one element, in document order; each search resumes past the previous tag: a single pass. */
function* startTags(xml: Buffer, element: string): Generator<{ tag: string; end: number }> {
  const open = `<${element}`
  for (let at = xml.indexOf(open); at >= 0; ) {
    const found = isSpace(xml[at + open.length]) ? tagAt(xml, at) : { tag: '', end: at + open.length }
    if (found === null) return
    if (found.tag !== '') yield found
    at = xml.indexOf(open, found.end)
  }
}

/** An attribute's raw value (entities left as written, as SheetJS leaves them in sheet names). */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)
  return m ? (m[1] ?? m[2]) : undefined
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? all
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : all
  })
}

/**
 * Table styles by name → whether they show their table, from the
 * `<style:table-properties table:display="…">` inside each
 * `<style:style style:family="table">`. Styles do not nest, so the search
 * resumes past each one: a single pass, whatever the file holds.
 */
function tableStyleDisplay(xml: Buffer, into: Map<string, boolean>): void {
  for (let at = xml.indexOf('<style:style'); at >= 0; ) {
    const found = tagAt(xml, at)
    if (found === null) return
    let next = found.end
    const { tag } = found
    if (isSpace(xml[at + '<style:style'.length]) && !tag.endsWith('/>') && attribute(tag, 'style:family') === 'table') {
      const close = xml.indexOf('</style:style>', found.end)
      if (close < 0) return
      const inner = xml.subarray(found.end, close)
      const props = inner.indexOf('<style:table-properties')
      const name = attribute(tag, 'style:name')
      const display = props < 0 ? undefined : attribute(tagAt(inner, props)?.tag ?? '', 'table:display')
      if (name !== undefined && display !== undefined) into.set(name, display !== 'false')
      next = close
    }
    at = xml.indexOf('<style:style', next)
  }
}

/**
 * Names of the sheets an .ods hides. ODF hides a sheet through its table
 * style (`table:display="false"`), which SheetJS does not read, so its
 * workbook reports no hidden sheets for .ods. This looks only at the start
 * tags of styles and tables, found with byte searches, so content.xml is
 * inflated (within its already checked size) but never decoded whole.
 * Names are given both as written and unescaped, to match SheetJS's either way.
 */
export function odsHiddenSheets(bytes: Uint8Array, entries: readonly ZipEntry[]): ReadonlySet<string> {
  const hidden = new Set<string>()
  const content = entries.find((e) => e.name === CONTENT)
  if (!content) return hidden
  const display = new Map<string, boolean>()
  const styles = entries.find((e) => e.name === STYLES)
  // Automatic styles in content.xml override common styles of the same name in styles.xml.
  if (styles) tableStyleDisplay(asBuffer(zipEntryBytes(bytes, styles)), display)
  const xml = asBuffer(zipEntryBytes(bytes, content))
  tableStyleDisplay(xml, display)
  if (![...display.values()].includes(false)) return hidden
  for (const { tag } of startTags(xml, 'table:table')) {
    const name = attribute(tag, 'table:name')
    const style = attribute(tag, 'table:style-name')
    if (name === undefined || style === undefined || display.get(style) !== false) continue
    hidden.add(name).add(unescapeXml(name))
  }
  return hidden
}
